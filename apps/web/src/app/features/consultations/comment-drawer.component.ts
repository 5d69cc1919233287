import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ConsultationClause, ConsultationComment } from '@cqo/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../shared/notice';
import { userAction } from '../../shared/user-action';
import { ConsultationsApi } from './consultations.api';
import type { ConsultationView } from './consultations.api';

/** Why a reader may not comment here, when they may not. */
export type CommentBlock = 'closed' | 'notAudience' | 'signIn' | 'staff' | null;

/**
 * One clause's comments (or the whole text's) in a drawer: the member's own with edit and
 * withdraw while open, a form for a new one (修改建议 and 理由), and the other enterprises' when
 * the consultation shows them.
 */
@Component({
  selector: 'cqo-comment-drawer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzDrawerModule,
    NzInputModule,
    NzPopconfirmModule,
    NzTagModule,
  ],
  template: `
    <nz-drawer
      [nzVisible]="true"
      [nzTitle]="
        'cons.comment.title' | transloco: { clause: clause()?.number ?? ('cons.wholeText' | transloco) }
      "
      [nzWidth]="'min(520px, 100vw)'"
      (nzOnClose)="closed.emit()"
    >
      <ng-container *nzDrawerContent>
        @if (clause(); as k) {
          @if (k.text) {
            <blockquote class="quote">
              {{
                k.title
                  ? k.title +
                    '
'
                  : ''
              }}{{ k.text }}
            </blockquote>
          }
        }
        @if (block(); as b) {
          <nz-alert nzType="info" [nzMessage]="'cons.comment.' + b | transloco" class="gap" />
        } @else {
          <form class="form" (ngSubmit)="send()" data-testid="comment-form">
            <label for="cons-change">{{ 'cons.comment.proposedChange' | transloco }}</label>
            <textarea
              nz-input
              id="cons-change"
              name="proposedChange"
              rows="3"
              maxlength="5000"
              [(ngModel)]="proposedChange"
              required
              data-testid="comment-change"
            ></textarea>
            <label for="cons-reason">{{ 'cons.comment.reason' | transloco }}</label>
            <textarea
              nz-input
              id="cons-reason"
              name="reason"
              rows="2"
              maxlength="5000"
              [(ngModel)]="reason"
              data-testid="comment-reason"
            ></textarea>
            <div class="bar">
              @if (editing()) {
                <button nz-button type="button" (click)="cancelEdit()">
                  {{ 'common.cancel' | transloco }}
                </button>
              }
              <button
                nz-button
                nzType="primary"
                type="submit"
                [nzLoading]="busy()"
                [disabled]="!proposedChange.trim()"
                data-testid="comment-send"
              >
                {{ (editing() ? 'common.save' : 'cons.comment.submit') | transloco }}
              </button>
            </div>
          </form>
        }
        <ul class="comments" data-testid="comment-list">
          @for (m of comments(); track m.id) {
            <li class="comment" [class.mine]="m.mine">
              <div class="who">
                <strong>{{ m.enterpriseName }}</strong>
                @if (m.authorName) {
                  <span class="muted">{{ m.authorName }}</span>
                }
                <span class="muted">{{ m.createdAt | date: 'yyyy-MM-dd HH:mm' }}</span>
              </div>
              <p class="text">{{ m.proposedChange }}</p>
              @if (m.reason) {
                <p class="text muted">{{ 'cons.comment.reason' | transloco }}：{{ m.reason }}</p>
              }
              @if (m.decision) {
                <p class="decision" data-testid="comment-decision">
                  <nz-tag
                    [nzColor]="
                      m.decision === 'adopted' ? 'green' : m.decision === 'not-adopted' ? 'red' : 'orange'
                    "
                  >
                    {{ 'cons.decisions.' + m.decision | transloco }}
                  </nz-tag>
                  {{ m.decisionReason }}
                </p>
              }
              @if (m.mine && !block()) {
                <div class="bar">
                  <button nz-button nzType="link" nzSize="small" (click)="edit(m)">
                    {{ 'cons.comment.edit' | transloco }}
                  </button>
                  <button
                    nz-button
                    nzType="link"
                    nzDanger
                    nzSize="small"
                    nz-popconfirm
                    [nzPopconfirmTitle]="'cons.comment.withdrawConfirm' | transloco"
                    (nzOnConfirm)="withdraw(m)"
                  >
                    {{ 'cons.comment.withdraw' | transloco }}
                  </button>
                </div>
              }
            </li>
          } @empty {
            <li class="muted">{{ 'cons.comment.none' | transloco }}</li>
          }
        </ul>
        @if (!consultation().commentsVisible && !staff()) {
          <p class="muted small">{{ 'cons.comment.hidden' | transloco }}</p>
        }
      </ng-container>
    </nz-drawer>
  `,
  styles: `
    .quote {
      white-space: pre-wrap;
      margin: 0 0 12px;
      padding: 8px 12px;
      background: #fafafa;
      border-left: 3px solid #d9d9d9;
      max-height: 30vh;
      overflow: auto;
    }
    .gap {
      margin-bottom: 12px;
    }
    .form {
      display: flex;
      flex-direction: column;
      gap: 6px;
      margin-bottom: 16px;
    }
    .bar {
      display: flex;
      gap: 8px;
      justify-content: flex-end;
    }
    .comments {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .comment {
      border-top: 1px solid #f0f0f0;
      padding: 8px 0;
    }
    .comment.mine {
      background: #f6faff;
    }
    .who {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
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
    .small {
      font-size: 12px;
    }
  `,
})
export class CommentDrawerComponent {
  private readonly api = inject(ConsultationsApi);
  private readonly notice = inject(Notice);
  readonly consultation = input.required<ConsultationView>();
  /** Null: the whole text. */
  readonly clause = input<ConsultationClause | null>(null);
  readonly block = input<CommentBlock>(null);
  readonly staff = input(false);
  readonly closed = output<void>();
  /** A comment was added, changed or withdrawn: the page refreshes the counts. */
  readonly changed = output<void>();
  protected readonly comments = signal<ConsultationComment[]>([]);
  protected readonly editing = signal<ConsultationComment | null>(null);
  private readonly action = userAction();
  protected readonly busy = this.action.busy;
  protected proposedChange = '';
  protected reason = '';

  constructor() {
    effect(() => void this.load(this.consultation().id, this.clause()?.id ?? 'none'));
  }

  private async load(id: string, clause: string): Promise<void> {
    try {
      this.comments.set((await firstValueFrom(this.api.comments(id, { clause }))).items);
    } catch (e) {
      this.notice.failure(e);
    }
  }

  protected edit(m: ConsultationComment): void {
    this.editing.set(m);
    this.proposedChange = m.proposedChange;
    this.reason = m.reason;
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.proposedChange = this.reason = '';
  }

  protected send(): Promise<void> {
    return this.action.run(async () => {
      const input = { proposedChange: this.proposedChange.trim(), reason: this.reason.trim() };
      const editing = this.editing();
      if (editing) await firstValueFrom(this.api.editComment(editing.id, input));
      else
        await firstValueFrom(
          this.api.comment(this.consultation().id, { clauseId: this.clause()?.id ?? null, ...input }),
        );
      this.notice.success(editing ? 'cons.comment.updated' : 'cons.comment.saved');
      this.cancelEdit();
      await this.reload();
    });
  }

  protected withdraw(m: ConsultationComment): Promise<void> {
    return this.action.run(async () => {
      await firstValueFrom(this.api.withdraw(m.id));
      this.notice.success('cons.comment.withdrawn');
      await this.reload();
    });
  }

  private async reload(): Promise<void> {
    await this.load(this.consultation().id, this.clause()?.id ?? 'none');
    this.changed.emit();
  }
}
