import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ConsultationClause } from '@cqo/contracts';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';

/**
 * The draft clause by clause, indented by level, each with its text and its count of comments; a
 * clause's button opens its comments. A long draft stays quick: each clause is laid out only when
 * it nears the screen (content-visibility).
 */
@Component({
  selector: 'cqo-clause-tree',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe, NzBadgeModule, NzButtonModule],
  template: `
    <ol class="clauses" data-testid="clause-tree" [attr.aria-label]="'cons.clauseTree' | transloco">
      @for (c of clauses(); track c.id) {
        <li class="clause" [style.padding-left.px]="(c.depth - 1) * 16" [attr.data-number]="c.number">
          <div class="head">
            <span class="number">{{ c.number }}</span>
            @if (c.title) {
              <span class="title">{{ c.title }}</span>
            }
            <button
              nz-button
              nzSize="small"
              class="open"
              (click)="selected.emit(c)"
              [attr.data-testid]="'clause-' + c.number"
              [attr.aria-label]="c.number + ' ' + ('cons.commentCount' | transloco: { count: c.comments })"
            >
              {{ 'cons.commentCount' | transloco: { count: c.comments } }}
            </button>
          </div>
          @if (c.text) {
            <p class="text">{{ c.text }}</p>
          }
        </li>
      } @empty {
        <li class="muted">{{ 'cons.noClauses' | transloco }}</li>
      }
    </ol>
  `,
  styles: `
    .clauses {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .clause {
      border-bottom: 1px solid #f0f0f0;
      padding-top: 8px;
      padding-bottom: 8px;
      content-visibility: auto;
      contain-intrinsic-size: auto 64px;
    }
    .head {
      display: flex;
      align-items: center;
      gap: 8px;
      flex-wrap: wrap;
    }
    .number {
      font-weight: 600;
      white-space: nowrap;
    }
    .title {
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .open {
      margin-left: auto;
    }
    .text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 4px 0 0;
      color: #3f4550;
      line-height: 1.7;
    }
    .muted {
      color: #5c6370;
    }
  `,
})
export class ClauseTreeComponent {
  readonly clauses = input.required<ConsultationClause[]>();
  readonly selected = output<ConsultationClause>();
}
