import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ConsultationComment } from '@cqo/contracts';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../shared/notice';
import { ConsultationsApi } from './consultations.api';

/** A member's own comments on one consultation and, once the results are out, each disposition. */
@Component({
  selector: 'cqo-my-comments',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, TranslocoPipe, NzTagModule],
  template: `
    <ul class="mine" data-testid="my-comments">
      @for (m of comments(); track m.id) {
        <li>
          <div class="head">
            <strong>{{ m.clauseNumber ?? ('cons.wholeText' | transloco) }}</strong>
            <span class="muted">{{ m.createdAt | date: 'yyyy-MM-dd HH:mm' }}</span>
          </div>
          <p class="text">{{ m.proposedChange }}</p>
          @if (m.reason) {
            <p class="text muted">{{ 'cons.comment.reason' | transloco }}：{{ m.reason }}</p>
          }
          @if (m.decision) {
            <p class="decision" data-testid="my-decision">
              {{ 'cons.comment.decision' | transloco }}：
              <nz-tag
                [nzColor]="
                  m.decision === 'adopted' ? 'green' : m.decision === 'not-adopted' ? 'red' : 'orange'
                "
                >{{ 'cons.decisions.' + m.decision | transloco }}</nz-tag
              >
              {{ m.decisionReason }}
            </p>
          }
        </li>
      } @empty {
        <li class="muted">{{ 'cons.comment.none' | transloco }}</li>
      }
    </ul>
  `,
  styles: `
    .mine {
      list-style: none;
      padding: 0;
    }
    .mine li {
      border-bottom: 1px solid #f0f0f0;
      padding: 8px 0;
    }
    .head {
      display: flex;
      gap: 8px;
      align-items: baseline;
    }
    .text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 4px 0;
    }
    .muted {
      color: #5c6370;
    }
  `,
})
export class MyCommentsComponent {
  private readonly api = inject(ConsultationsApi);
  private readonly notice = inject(Notice);
  readonly consultationId = input.required<string>();
  /** Changes when the page knows the member's comments changed. */
  readonly version = input(0);
  protected readonly comments = signal<ConsultationComment[]>([]);

  constructor() {
    effect(() => {
      this.version();
      void this.load(this.consultationId());
    });
  }

  private async load(id: string): Promise<void> {
    try {
      this.comments.set((await firstValueFrom(this.api.comments(id, { mine: true }))).items);
    } catch (e) {
      this.notice.failure(e);
    }
  }
}
