import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MessageReport } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzListModule } from 'ng-zorro-antd/list';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../shared/notice';
import { PageComponent } from '../../shared/page.component';
import { userAction } from '../../shared/user-action';
import { ChannelsApi } from './channels.api';

/** Staff's moderation queue: reported messages, oldest first, each hidden with a reason or opened in context. */
@Component({
  selector: 'cqo-reports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzInputModule,
    NzListModule,
    PageComponent,
  ],
  template: `
    <cqo-page heading="channels.reports.title" lead="channels.reports.lead">
      @for (r of reports(); track r.id) {
        <article class="report" data-testid="report">
          <p class="meta">
            {{ 'channels.reports.channel' | transloco }}: <strong>{{ r.channelName }}</strong> ·
            {{ 'channels.reports.author' | transloco }}: {{ r.author.displayName }} ·
            {{ 'channels.reports.reporter' | transloco }}: {{ r.reporter.displayName }} ·
            {{ r.createdAt | date: 'yyyy-MM-dd HH:mm' }}
          </p>
          <blockquote>{{ r.body }}</blockquote>
          <p>{{ 'channels.reports.reason' | transloco }}: {{ r.reason }}</p>
          <div class="actions">
            <input
              nz-input
              [(ngModel)]="reasons[r.id]"
              [placeholder]="'channels.hideReason' | transloco"
              [attr.aria-label]="'channels.hideReason' | transloco"
              maxlength="500"
            />
            <button
              nz-button
              nzDanger
              [disabled]="!reasons[r.id]?.trim()"
              [nzLoading]="act.busy()"
              (click)="hide(r)"
            >
              {{ 'channels.hide' | transloco }}
            </button>
            <a
              nz-button
              nzType="link"
              [routerLink]="['/channels', r.channelId]"
              [queryParams]="{ m: r.messageId }"
            >
              {{ 'channels.reports.open' | transloco }}
            </a>
          </div>
        </article>
      } @empty {
        <p class="muted">{{ 'channels.reports.empty' | transloco }}</p>
      }
    </cqo-page>
  `,
  styles: `
    .report {
      border: 1px solid #f0f0f0;
      border-radius: 8px;
      padding: 12px;
      margin-bottom: 12px;
    }
    .meta,
    .muted {
      color: #595959;
      font-size: 12px;
    }
    blockquote {
      border-left: 3px solid #ffa39e;
      margin: 8px 0;
      padding-left: 8px;
      white-space: pre-wrap;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .actions input {
      flex: 1;
      min-width: 200px;
    }
  `,
})
export class ReportsPage {
  private readonly api = inject(ChannelsApi);
  private readonly notice = inject(Notice);
  protected readonly act = userAction();
  protected readonly reports = signal<MessageReport[]>([]);
  protected reasons: Record<string, string> = {};

  constructor() {
    void this.load();
  }

  private load(): Promise<void> {
    return this.act.run(async () => this.reports.set(await firstValueFrom(this.api.reports())));
  }

  protected hide(report: MessageReport): Promise<void> {
    return this.act.run(async () => {
      await firstValueFrom(this.api.hide(report.messageId, this.reasons[report.id].trim()));
      this.notice.success('channels.reports.hidden');
      this.reports.update((list) => list.filter((r) => r.messageId !== report.messageId));
    });
  }
}
