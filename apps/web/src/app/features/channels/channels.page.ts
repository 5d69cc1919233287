import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Permission, type ChannelMessage, type ChannelPerson } from '@cqo/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopoverModule } from 'ng-zorro-antd/popover';
import { firstValueFrom, map } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { ChannelUnread } from '../../core/layout/channel-unread';
import { Notice } from '../../shared/notice';
import { PageComponent } from '../../shared/page.component';
import { userAction } from '../../shared/user-action';
import { ChannelListComponent } from './channel-list.component';
import { ChannelMembersComponent } from './channel-members.component';
import { ChannelsApi } from './channels.api';
import { ChannelsStore } from './channels.store';
import { ComposerComponent } from './composer.component';
import { MessageListComponent } from './message-list.component';
import type { MessageRights } from './message.component';
import { NewChannelComponent } from './new-channel.component';

/**
 * The channels: at 1280 px the list, the conversation and its thread side by side; on a phone
 * one of them at a time with a way back. `/channels/:id?thread=<message>&m=<message>` opens a
 * thread and scrolls to a message, so every view has an address.
 */
@Component({
  selector: 'cqo-channels-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzDropDownModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzPopoverModule,
    PageComponent,
    ChannelListComponent,
    ComposerComponent,
    MessageListComponent,
    NewChannelComponent,
    ChannelMembersComponent,
  ],
  template: `
    <cqo-page heading="channels.pageTitle">
      <div class="layout" [class.phone]="phone()" [attr.data-view]="view()">
        @if (!phone() || view() === 'list') {
          <aside class="list" [attr.aria-label]="'channels.pageTitle' | transloco">
            <div class="list-actions">
              @if (staff()) {
                <button nz-button nzSize="small" (click)="creating.set(true)" data-testid="new-channel">
                  <nz-icon nzType="plus" /> {{ 'channels.create' | transloco }}
                </button>
                <a nz-button nzSize="small" routerLink="/channels/moderation">
                  <nz-icon nzType="flag" /> {{ 'channels.moderation' | transloco }}
                </a>
              }
              <button
                nz-button
                nzSize="small"
                nz-popover
                [nzPopoverContent]="directSettings"
                nzPopoverTrigger="click"
                (nzPopoverVisibleChange)="$event && loadDirectPreference()"
              >
                <nz-icon nzType="setting" /> {{ 'channels.directPreference' | transloco }}
              </button>
              <ng-template #directSettings>
                <fieldset class="direct">
                  <legend class="sr-only">{{ 'channels.directPreference' | transloco }}</legend>
                  <label
                    ><input
                      type="radio"
                      name="direct"
                      value="all"
                      [ngModel]="directAllow()"
                      (ngModelChange)="setDirectPreference($event)"
                    />
                    {{ 'channels.directAll' | transloco }}</label
                  >
                  <label
                    ><input
                      type="radio"
                      name="direct"
                      value="contacts"
                      [ngModel]="directAllow()"
                      (ngModelChange)="setDirectPreference($event)"
                    />
                    {{ 'channels.directContacts' | transloco }}</label
                  >
                </fieldset>
              </ng-template>
            </div>
            <cqo-channel-list [channels]="store.channels()" [activeId]="channelId()" (join)="join($event)" />
          </aside>
        }
        @if (!phone() || view() === 'conversation') {
          <section class="conversation" [attr.aria-label]="current()?.name ?? ''">
            @if (current(); as c) {
              <header class="head">
                @if (phone()) {
                  <a
                    nz-button
                    nzType="text"
                    routerLink="/channels"
                    [attr.aria-label]="'channels.back' | transloco"
                  >
                    <nz-icon nzType="arrow-left" />
                  </a>
                }
                <div class="title">
                  <h2 data-testid="channel-title">{{ c.name }}</h2>
                  <span class="muted">
                    @if (c.kind !== 'direct') {
                      {{ 'channels.kinds.' + c.kind | transloco }} ·
                      {{ 'channels.members' | transloco: { count: c.members } }}
                    }
                    @if (c.description) {
                      · {{ c.description }}
                    }
                  </span>
                </div>
                <button
                  nz-button
                  nzType="text"
                  data-testid="channel-people"
                  [attr.aria-label]="'channels.people.open' | transloco"
                  (click)="showPeople.set(true)"
                >
                  <nz-icon nzType="team" />
                </button>
                <button
                  nz-button
                  nzType="text"
                  nz-popover
                  [nzPopoverTitle]="'channels.pins' | transloco"
                  [nzPopoverContent]="pinsTpl"
                  nzPopoverTrigger="click"
                  nzPopoverPlacement="bottomRight"
                  (nzPopoverVisibleChange)="$event && loadPins()"
                  [attr.aria-label]="'channels.pins' | transloco"
                >
                  <nz-icon nzType="pushpin" />
                </button>
                <ng-template #pinsTpl>
                  <div class="pins">
                    @for (p of pins(); track p.id) {
                      <a [routerLink]="['/channels', c.id]" [queryParams]="{ m: p.id }" class="pin">
                        <strong>{{ p.author.displayName }}</strong> {{ p.body }}
                      </a>
                    } @empty {
                      <span class="muted">{{ 'channels.noPins' | transloco }}</span>
                    }
                  </div>
                </ng-template>
                @if (c.joined) {
                  <button
                    nz-button
                    nzType="text"
                    nz-dropdown
                    [nzDropdownMenu]="more"
                    [attr.aria-label]="'channels.more' | transloco"
                  >
                    <nz-icon nzType="ellipsis" />
                  </button>
                  <nz-dropdown-menu #more="nzDropdownMenu">
                    <ul nz-menu>
                      <li nz-menu-item (click)="mute(!c.muted)">
                        {{ (c.muted ? 'channels.unmute' : 'channels.mute') | transloco }}
                      </li>
                      @if (staff() && c.kind !== 'direct') {
                        <li nz-menu-item (click)="archive(!c.archived)">
                          {{ (c.archived ? 'channels.unarchive' : 'channels.archive') | transloco }}
                        </li>
                      }
                      @if (c.kind !== 'direct') {
                        <li nz-menu-item nzDanger (click)="leave()">{{ 'channels.leave' | transloco }}</li>
                      }
                    </ul>
                  </nz-dropdown-menu>
                }
              </header>
              @if (!store.realtime.connected()) {
                <nz-alert nzType="warning" nzBanner [nzMessage]="'channels.reconnecting' | transloco" />
              }
              @if (c.archived) {
                <nz-alert nzType="info" nzBanner [nzMessage]="'channels.archived' | transloco" />
              }
              <cqo-message-list
                class="messages"
                [messages]="topLevel()"
                [pending]="pending(null)"
                [rights]="rights()"
                [older]="timeline()?.older ?? false"
                [online]="store.online()"
                [dividerSeq]="dividerSeq()"
                [highlightId]="highlightId()"
                (loadOlder)="loadOlder()"
                (openThread)="openThread($event)"
                (ask)="asking.set($event)"
                (retry)="store.retry($event)"
                (discard)="store.discard($event)"
              />
              @if (timeline()?.newer) {
                <div class="latest">
                  <button nz-button nzSize="small" (click)="jumpLatest()">
                    {{ 'channels.jumpLatest' | transloco }}
                  </button>
                </div>
              }
              <p class="typing muted" aria-live="polite">{{ typingLine(null) }}</p>
              @if (!c.joined) {
                <div class="join-bar">
                  <button nz-button nzType="primary" (click)="join(c.id)">
                    {{ 'channels.join' | transloco }}
                  </button>
                </div>
              } @else if (c.archived) {
                <p class="muted">{{ 'channels.readOnly' | transloco }}</p>
              } @else if (c.silencedUntil) {
                <p class="muted" data-testid="silenced">
                  {{
                    'channels.silencedUntil'
                      | transloco: { until: (c.silencedUntil | date: 'yyyy-MM-dd HH:mm') }
                  }}
                </p>
              } @else {
                <cqo-composer [channelId]="c.id" [people]="people()" />
              }
            } @else if (!phone()) {
              <p class="muted choose">{{ 'channels.choose' | transloco }}</p>
            }
          </section>
        }
        @if (threadId() && (!phone() || view() === 'thread')) {
          <section
            class="thread"
            [attr.aria-label]="'channels.thread' | transloco"
            data-testid="thread-panel"
          >
            <header class="head">
              <h2>{{ 'channels.thread' | transloco }}</h2>
              <button
                nz-button
                nzType="text"
                (click)="closeThread()"
                [attr.aria-label]="'channels.closeThread' | transloco"
              >
                <nz-icon [nzType]="phone() ? 'arrow-left' : 'close'" />
              </button>
            </header>
            <cqo-message-list
              class="messages"
              [messages]="threadMessages()"
              [pending]="pending(threadId())"
              [rights]="rights()"
              [online]="store.online()"
              [showThreadLink]="false"
              (ask)="asking.set($event)"
              (retry)="store.retry($event)"
              (discard)="store.discard($event)"
            />
            <p class="typing muted" aria-live="polite">{{ typingLine(threadId()) }}</p>
            @if (current()?.joined && !current()?.archived) {
              <cqo-composer [channelId]="channelId()!" [parentId]="threadId()" [people]="people()" />
            }
          </section>
        }
      </div>
    </cqo-page>

    <nz-modal
      [nzVisible]="!!asking()"
      [nzTitle]="(asking()?.action === 'hide' ? 'channels.hide' : 'channels.report') | transloco"
      [nzOkText]="(asking()?.action === 'hide' ? 'channels.hide' : 'channels.report') | transloco"
      [nzOkDanger]="asking()?.action === 'hide'"
      [nzOkLoading]="act.busy()"
      [nzOkDisabled]="!reason.trim()"
      (nzOnOk)="confirmAsk()"
      (nzOnCancel)="asking.set(null)"
    >
      <ng-container *nzModalContent>
        <label for="reason">{{
          (asking()?.action === 'hide' ? 'channels.hideReason' : 'channels.reportReason') | transloco
        }}</label>
        <textarea
          id="reason"
          nz-input
          [(ngModel)]="reason"
          maxlength="500"
          rows="3"
          data-testid="reason"
        ></textarea>
      </ng-container>
    </nz-modal>

    @if (showPeople() && channelId()) {
      <cqo-channel-members
        [channelId]="channelId()!"
        [people]="people()"
        [staff]="staff()"
        [me]="rights().userId"
        (closed)="showPeople.set(false)"
        (changed)="reloadPeople()"
      />
    }
    @if (creating()) {
      <cqo-new-channel (closed)="created($event)" />
    }
  `,
  styles: `
    .layout {
      display: grid;
      grid-template-columns: 260px minmax(0, 1fr);
      gap: 12px;
      height: calc(100vh - 200px);
      min-height: 420px;
    }
    .layout:has(.thread) {
      grid-template-columns: 240px minmax(0, 1fr) 340px;
    }
    .layout.phone {
      display: block;
      height: calc(100vh - 160px);
    }
    .list {
      overflow-y: auto;
      border-right: 1px solid #f0f0f0;
      padding-right: 8px;
    }
    .list-actions {
      display: flex;
      gap: 6px;
      flex-wrap: wrap;
    }
    .conversation,
    .thread {
      display: flex;
      flex-direction: column;
      min-height: 0;
      height: 100%;
    }
    .thread {
      border-left: 1px solid #f0f0f0;
      padding-left: 8px;
    }
    .messages {
      flex: 1;
      min-height: 0;
    }
    .head {
      display: flex;
      align-items: center;
      gap: 8px;
      border-bottom: 1px solid #f0f0f0;
      padding-bottom: 6px;
    }
    .head h2 {
      margin: 0;
      font-size: 16px;
    }
    .title {
      flex: 1;
      min-width: 0;
    }
    .muted {
      color: #595959;
      font-size: 12px;
    }
    .choose {
      text-align: center;
      margin-top: 48px;
    }
    .typing {
      min-height: 18px;
      margin: 0 0 4px;
    }
    .latest,
    .join-bar {
      text-align: center;
      padding: 6px;
    }
    .pins {
      max-width: 320px;
      display: flex;
      flex-direction: column;
      gap: 6px;
    }
    .pin {
      color: inherit;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .direct {
      display: flex;
      flex-direction: column;
      gap: 6px;
      border: 0;
      margin: 0;
      padding: 0;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class ChannelsPage {
  protected readonly store = inject(ChannelsStore);
  private readonly api = inject(ChannelsApi);
  private readonly auth = inject(AuthService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  private readonly badge = inject(ChannelUnread);
  private readonly transloco = inject(TranslocoService);
  protected readonly act = userAction();

  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 767px)')
      .pipe(map((s) => s.matches)),
    { initialValue: false },
  );
  private readonly params = toSignal(this.route.paramMap, { requireSync: true });
  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly channelId = computed(() => this.params().get('id'));
  protected readonly threadId = computed(() => this.query().get('thread'));
  protected readonly highlightId = computed(() => this.query().get('m'));
  protected readonly view = computed(() =>
    this.threadId() ? 'thread' : this.channelId() ? 'conversation' : 'list',
  );
  protected readonly staff = computed(() => !!this.auth.user() && this.auth.can(Permission.ContentModerate));
  protected readonly current = computed(() => {
    const id = this.channelId();
    return id ? this.store.byId().get(id) : undefined;
  });
  protected readonly timeline = computed(() => {
    const id = this.channelId();
    return id ? this.store.timelines()[id] : undefined;
  });
  protected readonly topLevel = computed(() => (this.timeline()?.messages ?? []).filter((m) => !m.parentId));
  protected readonly threadMessages = computed(() => {
    const id = this.threadId();
    return id ? (this.store.threads()[id] ?? []) : [];
  });
  protected readonly rights = computed<MessageRights>(() => ({
    userId: this.auth.user()?.id ?? '',
    staff: this.staff(),
    member: !!this.current()?.joined,
  }));
  protected readonly people = signal<ChannelPerson[]>([]);
  protected readonly pins = signal<ChannelMessage[]>([]);
  protected readonly asking = signal<{ action: 'report' | 'hide'; message: ChannelMessage } | null>(null);
  protected readonly creating = signal(false);
  protected readonly showPeople = signal(false);
  protected readonly directAllow = signal<'all' | 'contacts'>('all');
  protected reason = '';
  /** Where "new messages" began when the channel was opened (kept while it stays open). */
  private readonly readMark = signal<{ channelId: string; seq: number } | null>(null);
  protected readonly dividerSeq = computed(() => {
    const mark = this.readMark();
    if (!mark || mark.channelId !== this.channelId()) return 0;
    const me = this.auth.user()?.id;
    return this.topLevel().find((m) => m.seq > mark.seq && m.author.id !== me)?.seq ?? 0;
  });

  constructor() {
    void this.store.refresh().catch((e: unknown) => this.notice.failure(e));
    effect(() => {
      const id = this.channelId();
      const loaded = this.store.loaded();
      const highlight = this.highlightId();
      untracked(() => void this.openChannel(id, loaded, highlight));
    });
    effect(() => {
      const thread = this.threadId();
      if (thread)
        untracked(() => void this.store.openThread(thread).catch((e: unknown) => this.notice.failure(e)));
    });
    inject(DestroyRef).onDestroy(() => {
      this.store.active.set(null);
      this.badge.showing.set(null);
    });
    // Coming back to the tab reads what arrived meanwhile.
    const visible = () => {
      const id = this.channelId();
      if (id && document.visibilityState === 'visible') this.store.markRead(id);
    };
    document.addEventListener('visibilitychange', visible);
    inject(DestroyRef).onDestroy(() => document.removeEventListener('visibilitychange', visible));
  }

  private async openChannel(id: string | null, loaded: boolean, highlight: string | null): Promise<void> {
    this.store.active.set(id);
    this.badge.showing.set(id);
    if (!id || !loaded) return;
    const summary = this.store.byId().get(id);
    if (!summary) return;
    if (this.readMark()?.channelId !== id) this.readMark.set({ channelId: id, seq: summary.lastReadSeq });
    try {
      let around: number | undefined;
      if (highlight) {
        const held = this.store.timelines()[id]?.messages.find((m) => m.id === highlight);
        around = held ? undefined : (await firstValueFrom(this.api.message(highlight))).message.seq;
      }
      await this.store.open(id, around);
      this.people.set(await firstValueFrom(this.api.people(id)));
    } catch (error) {
      this.notice.failure(error);
    }
  }

  protected reloadPeople(): void {
    const id = this.channelId();
    if (!id) return;
    this.api.people(id).subscribe({ next: (p) => this.people.set(p), error: () => undefined });
    void this.store.refresh();
  }

  protected loadOlder(): void {
    const id = this.channelId();
    if (id) void this.store.loadOlder(id).catch((e: unknown) => this.notice.failure(e));
  }

  protected jumpLatest(): void {
    const id = this.channelId();
    if (!id) return;
    void this.router.navigate(['/channels', id]);
    void this.store.open(id).catch((e: unknown) => this.notice.failure(e));
  }

  protected openThread(messageId: string): void {
    void this.router.navigate(['/channels', this.channelId()], { queryParams: { thread: messageId } });
  }

  protected closeThread(): void {
    const id = this.threadId();
    if (id) this.store.closeThread(id);
    void this.router.navigate(['/channels', this.channelId()]);
  }

  protected pending(parentId: string | null) {
    const id = this.channelId();
    return this.store.outbox().filter((i) => i.channelId === id && i.parentId === parentId);
  }

  protected typingLine(parentId: string | null): string {
    const id = this.channelId();
    const who = (id ? (this.store.typing()[id] ?? []) : []).filter((s) => s.parentId === parentId);
    if (!who.length) return '';
    const comma = this.transloco.getActiveLang() === 'en' ? ', ' : '、';
    return this.transloco.translate('channels.typing', {
      names: who.map((s) => s.user.displayName).join(comma),
    });
  }

  protected join(id: string): Promise<void> {
    return this.act.run(async () => {
      await firstValueFrom(this.api.join(id));
      await this.store.refresh();
      await this.router.navigate(['/channels', id]);
    });
  }

  protected leave(): Promise<void> {
    return this.act.run(async () => {
      await firstValueFrom(this.api.leave(this.channelId()!));
      await this.store.refresh();
      await this.router.navigate(['/channels']);
    });
  }

  protected mute(muted: boolean): Promise<void> {
    return this.act.run(async () => {
      await firstValueFrom(this.api.mute(this.channelId()!, muted));
      await this.store.refresh();
    });
  }

  protected archive(archived: boolean): Promise<void> {
    return this.act.run(async () => {
      await firstValueFrom(this.api.archive(this.channelId()!, archived));
      await this.store.refresh();
    });
  }

  protected loadPins(): void {
    this.api
      .pins(this.channelId()!)
      .subscribe({ next: (p) => this.pins.set(p), error: () => this.pins.set([]) });
  }

  protected loadDirectPreference(): void {
    this.api
      .directPreference()
      .subscribe({ next: (p) => this.directAllow.set(p.allow), error: () => undefined });
  }

  protected setDirectPreference(allow: 'all' | 'contacts'): Promise<void> {
    return this.act.run(async () => {
      this.directAllow.set((await firstValueFrom(this.api.setDirectPreference({ allow }))).allow);
    });
  }

  protected confirmAsk(): Promise<void> {
    const asked = this.asking();
    if (!asked) return Promise.resolve();
    return this.act.run(async () => {
      if (asked.action === 'hide') {
        await firstValueFrom(this.api.hide(asked.message.id, this.reason.trim()));
      } else {
        await firstValueFrom(this.api.report(asked.message.id, this.reason.trim()));
        this.notice.success('channels.reported');
      }
      this.reason = '';
      this.asking.set(null);
    });
  }

  protected created(id: string | null): void {
    this.creating.set(false);
    if (!id) return;
    void this.store.refresh().then(() => this.router.navigate(['/channels', id]));
  }
}
