import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CalendarFeedStatus } from '@cqo/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { userAction } from '../../shared/user-action';
import { saveBlob } from '../../shared/save-blob';
import { OpportunitiesApi } from './opportunities.api';
import { Notice } from '../../shared/notice';

/**
 * The member's deadlines in their own calendar: a one-off ICS download, or a secret address that
 * a calendar app subscribes to and keeps up to date (shown once; replace or turn off here).
 */
@Component({
  selector: 'cqo-calendar-feed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, TranslocoPipe, NzAlertModule, NzButtonModule, NzInputModule, NzModalModule],
  template: `
    <button nz-button (click)="show()" data-testid="opp-calendar">{{ 'opp.calendar' | transloco }}</button>
    <nz-modal
      [nzVisible]="open()"
      [nzTitle]="'opp.calendar' | transloco"
      (nzOnCancel)="open.set(false)"
      [nzFooter]="null"
    >
      <ng-container *nzModalContent>
        <h3 class="h">{{ 'opp.feed.download' | transloco }}</h3>
        <p class="muted">{{ 'opp.feed.downloadHint' | transloco }}</p>
        <button nz-button (click)="download()" data-testid="opp-ics">
          {{ 'opp.feed.downloadButton' | transloco }}
        </button>

        <h3 class="h">{{ 'opp.feed.subscribe' | transloco }}</h3>
        <p class="muted">{{ 'opp.feed.subscribeHint' | transloco }}</p>
        @if (url(); as u) {
          <nz-alert nzType="warning" nzShowIcon [nzMessage]="'opp.feed.shownOnce' | transloco" />
          <div class="url">
            <input
              nz-input
              readonly
              [value]="u"
              [attr.aria-label]="'opp.feed.subscribe' | transloco"
              data-testid="opp-feed-url"
            />
            <button nz-button nzType="primary" (click)="copy(u)">{{ 'opp.feed.copy' | transloco }}</button>
          </div>
        } @else if (status()?.active) {
          <p data-testid="opp-feed-status">
            {{ 'opp.feed.since' | transloco: { date: (status()!.createdAt | date: 'yyyy-MM-dd HH:mm') } }}
            @if (status()!.lastReadAt; as read) {
              · {{ 'opp.feed.lastRead' | transloco: { date: (read | date: 'yyyy-MM-dd HH:mm') } }}
            } @else {
              · {{ 'opp.feed.neverRead' | transloco }}
            }
          </p>
        }
        <div class="actions">
          <button
            nz-button
            nzType="primary"
            [nzLoading]="busy()"
            (click)="create()"
            data-testid="opp-feed-create"
          >
            {{ (status()?.active ? 'opp.feed.replace' : 'opp.feed.create') | transloco }}
          </button>
          @if (status()?.active) {
            <button nz-button nzDanger [disabled]="busy()" (click)="revoke()" data-testid="opp-feed-revoke">
              {{ 'opp.feed.revoke' | transloco }}
            </button>
          }
        </div>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .h {
      font-size: 15px;
      margin: 16px 0 4px;
    }
    .h:first-child {
      margin-top: 0;
    }
    .muted {
      color: #5c6370;
    }
    .url {
      display: flex;
      gap: 8px;
      margin: 8px 0;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin-top: 8px;
    }
  `,
})
export class CalendarFeedComponent {
  private readonly api = inject(OpportunitiesApi);
  private readonly clipboard = inject(Clipboard);
  private readonly notice = inject(Notice);
  protected readonly open = signal(false);
  private readonly action = userAction();
  protected readonly busy = this.action.busy;
  protected readonly status = signal<CalendarFeedStatus | null>(null);
  /** The address just made: the only time it can be shown. */
  protected readonly url = signal<string | null>(null);

  async show(): Promise<void> {
    this.url.set(null);
    this.open.set(true);
    await this.action.run(async () => this.status.set(await firstValueFrom(this.api.feedStatus())));
  }

  async download(): Promise<void> {
    await this.action.run(async () => saveBlob(await firstValueFrom(this.api.calendar()), 'deadlines.ics'));
  }

  async create(): Promise<void> {
    await this.action.run(async () => {
      const made = await firstValueFrom(this.api.createFeed());
      this.url.set(made.url);
      this.status.set({ active: true, createdAt: made.createdAt, lastReadAt: null });
    });
  }

  async revoke(): Promise<void> {
    await this.action.run(async () => {
      await firstValueFrom(this.api.revokeFeed());
      this.url.set(null);
      this.status.set({ active: false, createdAt: null, lastReadAt: null });
      this.notice.success('opp.feed.revoked');
    });
  }

  copy(url: string): void {
    if (this.clipboard.copy(url)) this.notice.success('opp.feed.copied');
  }
}
