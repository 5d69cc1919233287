import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CaseComment } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../shared/notice';
import { CasesApi } from './cases.api';

/** Members' comments under a published case, oldest first, and the box to write one. */
@Component({
  selector: 'cqo-case-comments',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, FormsModule, TranslocoPipe, NzButtonModule, NzInputModule, NzPopconfirmModule],
  template: `
    <h2 class="section">{{ 'cases.comments' | transloco }}</h2>
    <ul class="comments" data-testid="case-comments">
      @for (c of comments(); track c.id) {
        <li>
          <div class="head">
            <strong>{{ c.authorName }}</strong>
            <span class="muted">{{ c.createdAt | date: 'yyyy-MM-dd HH:mm' }}</span>
            @if (c.removable) {
              <button
                nz-button
                nzType="link"
                nzDanger
                nzSize="small"
                nz-popconfirm
                [nzPopconfirmTitle]="'cases.removeComment' | transloco"
                (nzOnConfirm)="remove(c)"
              >
                {{ 'cases.removeComment' | transloco }}
              </button>
            }
          </div>
          <p class="body">{{ c.body }}</p>
        </li>
      } @empty {
        <li class="muted">{{ 'cases.noComments' | transloco }}</li>
      }
    </ul>
    <label class="label" for="case-comment">{{ 'cases.commentLabel' | transloco }}</label>
    <textarea
      nz-input
      id="case-comment"
      rows="3"
      maxlength="2000"
      [(ngModel)]="draft"
      data-testid="case-comment-input"
    ></textarea>
    <button
      nz-button
      nzType="primary"
      class="send"
      [disabled]="!draft.trim() || sending()"
      [nzLoading]="sending()"
      (click)="send()"
      data-testid="case-comment-send"
    >
      {{ 'cases.send' | transloco }}
    </button>
  `,
  styles: `
    .section {
      font-size: 18px;
      margin: 24px 0 8px;
    }
    .comments {
      list-style: none;
      padding: 0;
    }
    .comments li {
      border-bottom: 1px solid #f0f0f0;
      padding: 8px 0;
    }
    .head {
      display: flex;
      gap: 8px;
      align-items: center;
      flex-wrap: wrap;
    }
    .body {
      margin: 4px 0 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .muted {
      color: #5c6370;
    }
    .label {
      display: block;
      margin: 8px 0 4px;
    }
    .send {
      margin-top: 8px;
    }
  `,
})
export class CaseCommentsComponent {
  private readonly api = inject(CasesApi);
  private readonly notice = inject(Notice);
  readonly caseId = input.required<string>();
  /** The number of comments changed. */
  readonly changed = output<number>();
  protected readonly comments = signal<CaseComment[]>([]);
  protected readonly sending = signal(false);
  protected draft = '';

  constructor() {
    effect(() => void this.load(this.caseId()));
  }

  private async load(id: string): Promise<void> {
    try {
      this.comments.set(await firstValueFrom(this.api.comments(id)));
    } catch (e) {
      this.notice.failure(e);
    }
  }

  async send(): Promise<void> {
    this.sending.set(true);
    try {
      const posted = await firstValueFrom(this.api.comment(this.caseId(), this.draft.trim()));
      this.comments.update((list) => [...list, posted]);
      this.draft = '';
      this.changed.emit(this.comments().length);
    } catch (e) {
      this.notice.failure(e);
    } finally {
      this.sending.set(false);
    }
  }

  async remove(c: CaseComment): Promise<void> {
    try {
      await firstValueFrom(this.api.removeComment(this.caseId(), c.id));
      this.comments.update((list) => list.filter((x) => x.id !== c.id));
      this.changed.emit(this.comments().length);
    } catch (e) {
      this.notice.failure(e);
    }
  }
}
