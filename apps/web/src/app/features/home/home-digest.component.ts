import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Permission, type Announcement, type MatchedOpportunity, type Opportunity } from '@cqo/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { AnnouncementsApi } from '../announcements';
import { OpportunitiesApi } from '../opportunities';

const SHOWN = 5;
const DAY_MS = 86_400_000;

/** A deadline the digest lists: what it is and how many days are left. */
interface DigestDeadline {
  id: string;
  title: string;
  kind: Opportunity['kind'];
  deadline: string;
  daysLeft: number;
  tracking: MatchedOpportunity['tracking'];
}

/**
 * What is new since last week, on the home page: the latest announcements the reader may see
 * (unread ones marked), and the open opportunities nearest their deadline — for a member, those
 * their enterprise fits.
 */
@Component({
  selector: 'cqo-home-digest',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, TranslocoPipe, NzCardModule, NzGridModule, NzTagModule],
  template: `
    <div nz-row [nzGutter]="[16, 16]" class="digest">
      <div nz-col [nzXs]="24" [nzMd]="12">
        <nz-card
          [nzTitle]="'home.digest.announcements' | transloco"
          [nzExtra]="allAnnouncements"
          class="card"
        >
          <ul class="items" data-testid="home-announcements">
            @for (a of announcements(); track a.id) {
              <li>
                <nz-tag nzColor="blue">{{ 'ann.kinds.' + a.kind | transloco }}</nz-tag>
                @if (a.read === false) {
                  <nz-tag nzColor="red">{{ 'home.digest.unread' | transloco }}</nz-tag>
                }
                <a [routerLink]="['/announcements', a.id]" class="title">{{ a.title }}</a>
                <span class="muted">{{ a.publishedAt | date: 'MM-dd' }}</span>
              </li>
            } @empty {
              <li class="muted">{{ 'ann.empty' | transloco }}</li>
            }
          </ul>
        </nz-card>
      </div>
      <div nz-col [nzXs]="24" [nzMd]="12">
        <nz-card
          [nzTitle]="(member ? 'home.digest.matched' : 'home.digest.open') | transloco"
          [nzExtra]="allOpportunities"
          class="card"
        >
          <ul class="items" data-testid="home-opportunities">
            @for (o of deadlines(); track o.id) {
              <li>
                <nz-tag nzColor="blue">{{ 'opp.kinds.' + o.kind | transloco }}</nz-tag>
                <a [routerLink]="['/opportunities', o.id]" class="title">{{ o.title }}</a>
                <span class="muted" [class.soon]="o.daysLeft <= 7">
                  @if (o.daysLeft <= 30) {
                    {{ 'home.digest.daysLeft' | transloco: { days: o.daysLeft } }}
                  } @else {
                    {{ 'opp.deadline' | transloco }} {{ o.deadline | date: 'yyyy-MM-dd' }}
                  }
                </span>
                @if (o.tracking) {
                  <nz-tag nzColor="purple">{{ 'opp.states.' + o.tracking | transloco }}</nz-tag>
                }
              </li>
            } @empty {
              <li class="muted">{{ 'opp.noneOpen' | transloco }}</li>
            }
          </ul>
        </nz-card>
      </div>
    </div>
    <ng-template #allAnnouncements>
      <a routerLink="/announcements">{{ 'home.digest.all' | transloco }}</a>
    </ng-template>
    <ng-template #allOpportunities>
      <a routerLink="/opportunities">{{ 'home.digest.all' | transloco }}</a>
    </ng-template>
  `,
  styles: `
    .digest {
      margin-bottom: 16px;
    }
    .card {
      height: 100%;
    }
    /* Room for the five rows before they arrive, so that what follows does not jump down. */
    .items {
      list-style: none;
      margin: 0;
      padding: 0;
      min-height: 176px;
    }
    .items li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px;
      padding: 6px 0;
      border-bottom: 1px solid #f0f0f0;
    }
    .items li:last-child {
      border-bottom: none;
    }
    /* A long title wraps (on a phone a one-line title shrank to "广东省…"); the date stays whole. */
    .title {
      flex: 1 1 12em;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .muted {
      color: #5c6370;
      font-size: 12px;
      white-space: nowrap;
    }
    .soon {
      color: #cf1322;
    }
  `,
})
export class HomeDigestComponent {
  private readonly announcementsApi = inject(AnnouncementsApi);
  private readonly opportunitiesApi = inject(OpportunitiesApi);
  private readonly auth = inject(AuthService);
  protected readonly member = this.auth.can(Permission.MemberOwn);
  protected readonly announcements = signal<Announcement[]>([]);
  protected readonly deadlines = signal<DigestDeadline[]>([]);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    const [announcements, deadlines] = await Promise.all([
      firstValueFrom(this.announcementsApi.list({ status: 'published', page: 1, pageSize: SHOWN })),
      this.member ? this.matched() : this.open(),
    ]);
    this.announcements.set(announcements.items);
    this.deadlines.set(deadlines);
  }

  /** What the member's enterprise fits (the API lists those first, nearest deadline first). */
  private async matched(): Promise<DigestDeadline[]> {
    const { items } = await firstValueFrom(this.opportunitiesApi.matched());
    return items
      .filter((m) => m.matches)
      .slice(0, SHOWN)
      .map((m) => withDaysLeft(m, m.tracking));
  }

  private async open(): Promise<DigestDeadline[]> {
    const { items } = await firstValueFrom(
      this.opportunitiesApi.list({ open: true, page: 1, pageSize: SHOWN }),
    );
    return items.map((o) => withDaysLeft(o, o.tracking ?? null));
  }
}

function withDaysLeft(
  o: Pick<Opportunity, 'id' | 'title' | 'kind' | 'deadline'>,
  tracking: DigestDeadline['tracking'],
): DigestDeadline {
  const daysLeft = Math.max(0, Math.ceil((Date.parse(o.deadline) - Date.now()) / DAY_MS));
  return { id: o.id, title: o.title, kind: o.kind, deadline: o.deadline, daysLeft, tracking };
}
