import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { AuthService } from '../../core/auth/auth.service';
import { StaffWork } from '../../core/layout/staff-work';
import { HomeDigestComponent } from './home-digest.component';
import { FeaturedCasesComponent } from './featured-cases.component';

@Component({
  selector: 'cqo-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslocoPipe,
    HomeDigestComponent,
    FeaturedCasesComponent,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzGridModule,
    NzIconModule,
  ],
  template: `
    <section class="page">
      <div class="hero">
        @if (auth.user(); as user) {
          <p class="welcome" data-testid="welcome">
            {{ 'home.welcome' | transloco: { name: user.displayName } }}
          </p>
        }
        <h1 data-testid="hero">{{ 'home.hero' | transloco }}</h1>
        <p class="lead">{{ 'home.lead' | transloco }}</p>
        <div class="cta">
          @if (!auth.signedIn()) {
            <a nz-button nzType="primary" nzSize="large" routerLink="/register">{{
              'home.start' | transloco
            }}</a>
          }
          <a nz-button nzSize="large" routerLink="/size-calculator"
            ><nz-icon nzType="calculator" />{{ 'home.calculator' | transloco }}</a
          >
        </div>
      </div>
      @if (work.waiting() !== null) {
        <nz-alert
          class="waiting"
          [nzType]="work.waiting() ? 'warning' : 'success'"
          nzShowIcon
          [nzMessage]="waitingText"
          data-testid="home-waiting"
        />
        <ng-template #waitingText>
          {{
            (work.waiting() ? 'review.waitingCount' : 'review.nothingWaiting')
              | transloco: { count: work.waiting() }
          }}
          @if (work.waiting()) {
            <a routerLink="/review">{{ 'review.open' | transloco }}</a>
          }
        </ng-template>
      }
      <cqo-home-digest />
      <div nz-row [nzGutter]="[16, 16]" class="about">
        @for (card of cards; track card.title) {
          <div nz-col [nzXs]="24" [nzMd]="8">
            <nz-card class="card">
              <h2><nz-icon [nzType]="card.icon" /> {{ card.title | transloco }}</h2>
              <p class="muted">{{ card.text | transloco }}</p>
            </nz-card>
          </div>
        }
      </div>
      <!-- Last: featured cases appear only when there are some, and push nothing down. -->
      <cqo-featured-cases />
    </section>
  `,
  styles: `
    .waiting {
      margin-bottom: 16px;
    }
    .hero {
      background: linear-gradient(135deg, #0b5cad, #1677c9);
      color: #fff;
      border-radius: 12px;
      padding: 32px;
      margin-bottom: 24px;
    }
    .hero h1 {
      color: #fff;
      font-size: 28px;
      margin: 0 0 12px;
    }
    .lead {
      max-width: 760px;
      opacity: 0.95;
      line-height: 1.7;
    }
    .welcome {
      margin: 0 0 8px;
      font-weight: 600;
    }
    .cta {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
      margin-top: 16px;
    }
    .card {
      height: 100%;
    }
    .about {
      margin-bottom: 16px;
    }
    .card h2 {
      font-size: 16px;
    }
    @media (max-width: 576px) {
      .hero {
        padding: 20px;
      }
      .hero h1 {
        font-size: 21px;
      }
    }
  `,
})
export class HomePage {
  protected readonly auth = inject(AuthService);
  protected readonly work = inject(StaffWork);
  protected readonly cards = [
    { icon: 'file-text', title: 'home.forEnterprises', text: 'home.forEnterprisesText' },
    { icon: 'team', title: 'home.forMembers', text: 'home.forMembersText' },
    { icon: 'safety-certificate', title: 'home.forStaff', text: 'home.forStaffText' },
  ];
}
