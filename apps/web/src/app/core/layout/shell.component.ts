import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAvatarModule } from 'ng-zorro-antd/avatar';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { filter, map } from 'rxjs';
import { NotificationCenter } from '../notifications/notification-center';
import { StaffWork } from './staff-work';
import { ChannelUnread } from './channel-unread';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/i18n';
import { NAV } from './nav';
import { SearchBoxComponent } from './search-box.component';

/** The frame around every page: a side menu on desktop, a drawer on phones, the header with language and account. */
@Component({
  selector: 'cqo-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    RouterOutlet,
    RouterLink,
    TranslocoPipe,
    NzLayoutModule,
    NzMenuModule,
    NzIconModule,
    NzButtonModule,
    NzDropDownModule,
    NzDrawerModule,
    NzAvatarModule,
    NzBadgeModule,
    SearchBoxComponent,
  ],
  template: `
    <nz-layout class="shell">
      @if (!mobile()) {
        <nz-sider nzTheme="light" nzWidth="232px" class="sider">
          <a class="brand" routerLink="/"
            ><span class="logo" aria-hidden="true">Q</span>{{ 'app.short' | transloco }}</a
          >
          <ng-container *ngTemplateOutlet="menu" />
        </nz-sider>
      }
      <nz-layout>
        <nz-header class="header">
          @if (mobile()) {
            <button
              nz-button
              nzType="text"
              (click)="drawerOpen.set(true)"
              [attr.aria-label]="'common.menu' | transloco"
              data-testid="menu-toggle"
            >
              <nz-icon nzType="menu" />
            </button>
            <a class="brand brand-mobile" routerLink="/">{{ 'app.short' | transloco }}</a>
          } @else {
            <span class="title">{{ 'app.name' | transloco }}</span>
          }
          <span class="spacer"></span>
          @if (mobile()) {
            <a
              nz-button
              nzType="text"
              routerLink="/search"
              [attr.aria-label]="'search.open' | transloco"
              data-testid="search-link"
            >
              <nz-icon nzType="search" />
            </a>
          } @else {
            <cqo-search-box class="search" />
          }
          <button
            nz-button
            nzType="text"
            (click)="language.toggle()"
            data-testid="lang-toggle"
            [attr.aria-label]="'common.language' | transloco"
          >
            <nz-icon nzType="global" />
            <!-- On a phone the globe alone (its label says the language): the header keeps one line. -->
            @if (!mobile() || auth.user()) {
              {{ 'common.language' | transloco }}
            }
          </button>
          @if (auth.user(); as user) {
            <a
              nz-button
              nzType="text"
              routerLink="/notifications"
              class="bell"
              data-testid="bell"
              [attr.aria-label]="'notifications.bell' | transloco: { count: unreadShown() }"
            >
              <!-- The count drawn as plain text, the same figure as a word of the link's label ("通知 2 条未读"):
                   NG-ZORRO's rolling digits put every digit 0–9 in the link's text, which then no longer
                   matched that label (WCAG 2.5.3). -->
              <nz-badge [nzCount]="notifications.unread() ? bellCount : 0">
                <nz-icon nzType="bell" class="bell-icon" />
              </nz-badge>
              <ng-template #bellCount>
                <sup class="ant-scroll-number ant-badge-count ant-badge-count-sm">{{ unreadShown() }}</sup>
              </ng-template>
            </a>
            <button
              nz-button
              nzType="text"
              nz-dropdown
              [nzDropdownMenu]="userMenu"
              nzPlacement="bottomRight"
              data-testid="user-menu"
            >
              <nz-avatar nzSize="small" [nzText]="user.displayName.slice(0, 1)" class="avatar" />
              @if (!mobile()) {
                <span>{{ user.displayName }}</span>
              }
            </button>
            <nz-dropdown-menu #userMenu="nzDropdownMenu">
              <ul nz-menu>
                <li nz-menu-item routerLink="/account">
                  <nz-icon nzType="user" /> {{ 'nav.account' | transloco }}
                </li>
                <li nz-menu-item (click)="auth.logout()" data-testid="sign-out">
                  <nz-icon nzType="logout" /> {{ 'common.signOut' | transloco }}
                </li>
              </ul>
            </nz-dropdown-menu>
          } @else {
            <a nz-button nzType="link" routerLink="/login" data-testid="sign-in-link">{{
              'common.signIn' | transloco
            }}</a>
            <a
              nz-button
              nzType="primary"
              [nzSize]="mobile() ? 'small' : 'default'"
              routerLink="/register"
              data-testid="sign-up-link"
              >{{ 'common.signUp' | transloco }}</a
            >
          }
        </nz-header>
        <nz-content class="content">
          <main><router-outlet /></main>
        </nz-content>
        <nz-footer class="footer muted">{{ 'app.footer' | transloco }}</nz-footer>
      </nz-layout>
    </nz-layout>

    @if (mobile()) {
      <nz-drawer
        [nzVisible]="drawerOpen()"
        nzPlacement="left"
        [nzClosable]="true"
        (nzOnClose)="drawerOpen.set(false)"
        [nzTitle]="'app.short' | transloco"
        nzWidth="260px"
        [nzBodyStyle]="{ padding: 0 }"
      >
        <ng-container *nzDrawerContent>
          <ng-container *ngTemplateOutlet="menu" />
        </ng-container>
      </nz-drawer>
    }

    <ng-template #menu>
      <nav [attr.aria-label]="'common.menu' | transloco">
        <ul nz-menu nzMode="inline" class="menu">
          @for (group of groups(); track group.key) {
            <li nz-menu-group [nzTitle]="'nav.' + group.key | transloco">
              <ul>
                @for (item of group.items; track item.path) {
                  <li nz-menu-item nzMatchRouter [nzMatchRouterExact]="item.path === '/'">
                    <!-- The phone's drawer closes on the tap itself, not only when the navigation ends
                         (a navigation still running from sign-in could end first and leave it open). -->
                    <a
                      [routerLink]="item.path"
                      [attr.data-testid]="'nav-' + item.key"
                      (click)="drawerOpen.set(false)"
                      ><nz-icon [nzType]="item.icon" /> <span>{{ 'nav.' + item.key | transloco }}</span>
                      @if (item.key === 'channels' && channelUnread.total()) {
                        <nz-badge class="waiting" [nzCount]="unreadMessages" />
                        <ng-template #unreadMessages>
                          <sup
                            class="ant-scroll-number ant-badge-count ant-badge-count-sm"
                            data-testid="nav-channels-unread"
                            [title]="'nav.unreadMessages' | transloco: { count: channelUnread.total() }"
                            >{{ channelUnread.total()! > 99 ? '99+' : channelUnread.total() }}</sup
                          >
                        </ng-template>
                      }
                      @if (item.key === 'review' && work.waiting()) {
                        <nz-badge class="waiting" [nzCount]="waitingCount" />
                        <ng-template #waitingCount>
                          <sup
                            class="ant-scroll-number ant-badge-count ant-badge-count-sm"
                            data-testid="nav-review-waiting"
                            [title]="'review.waitingCount' | transloco: { count: work.waiting() }"
                            >{{ work.waiting() }}</sup
                          >
                        </ng-template>
                      }
                    </a>
                  </li>
                }
              </ul>
            </li>
          }
        </ul>
      </nav>
    </ng-template>
  `,
  styles: `
    .waiting {
      margin-left: 8px;
    }
    .shell {
      min-height: 100vh;
    }
    .sider {
      border-right: 1px solid #eef0f3;
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 8px;
      height: 64px;
      padding: 0 20px;
      font-weight: 700;
      font-size: 16px;
      color: #0b5cad;
    }
    .brand-mobile {
      height: auto;
      padding: 0 4px;
      white-space: nowrap;
    }
    .logo {
      display: inline-flex;
      width: 28px;
      height: 28px;
      border-radius: 6px;
      background: #0b5cad;
      color: #fff;
      align-items: center;
      justify-content: center;
    }
    .bell-icon {
      font-size: 18px;
    }
    .header {
      display: flex;
      align-items: center;
      gap: 4px;
      background: #fff;
      padding: 0 16px;
      border-bottom: 1px solid #eef0f3;
      position: sticky;
      top: 0;
      z-index: 10;
    }
    .title {
      font-weight: 600;
      font-size: 16px;
    }
    .spacer {
      flex: 1;
    }
    .avatar {
      background: #0b5cad;
      margin-right: 6px;
    }
    .content {
      padding: 24px;
    }
    .footer {
      text-align: center;
      font-size: 12px;
    }
    .menu {
      border-inline-end: none !important;
    }
    @media (max-width: 767px) {
      .content {
        padding: 12px;
      }
      .header {
        padding: 0 8px;
      }
    }
  `,
})
export class ShellComponent {
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);
  protected readonly notifications = inject(NotificationCenter);
  protected readonly work = inject(StaffWork);
  protected readonly channelUnread = inject(ChannelUnread);
  /** The unread count as the bell shows it, and as its accessible name says it. */
  protected readonly unreadShown = computed(() => {
    const n = this.notifications.unread();
    return n > 99 ? '99+' : String(n);
  });
  private readonly router = inject(Router);
  protected readonly drawerOpen = signal(false);
  protected readonly mobile = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 767px)')
      .pipe(map((s) => s.matches)),
    { initialValue: false },
  );
  protected readonly groups = computed(() => {
    this.auth.user();
    return NAV.map((g) => ({
      ...g,
      items: g.items.filter((i) => !i.permission || this.auth.can(i.permission)),
    })).filter((g) => g.items.length);
  });

  constructor() {
    this.router.events
      .pipe(filter((e) => e instanceof NavigationEnd))
      .subscribe(() => this.drawerOpen.set(false));
  }
}
