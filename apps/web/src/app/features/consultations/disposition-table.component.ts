import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  DISPOSITIONS,
  type CommentGroup,
  type ConsultationClause,
  type ConsultationComment,
  type Disposition,
} from '@cqo/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { Notice } from '../../shared/notice';
import { userAction } from '../../shared/user-action';
import { ConsultationsApi, type CommentFilter } from './consultations.api';

/** A row's disposition as staff type it, before it is saved. */
type Draft = { decision: Disposition | null; reason: string };

const PAGE_SIZE = 100;

/**
 * Staff answer every comment: filters by clause, decision and enterprise; a decision and reason
 * per row; rows ticked and answered at once; and the product's proposal of near-identical
 * comments on a clause, answered as a group (each keeps its own disposition).
 */
@Component({
  selector: 'cqo-disposition-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    InnerLabelDirective,
    FormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzInputModule,
    NzSelectModule,
    NzTagModule,
  ],
  template: `
    @if (!canDecide()) {
      <nz-alert nzType="info" [nzMessage]="'cons.disposition.notClosed' | transloco" class="gap" />
    }
    <div class="filters">
      <nz-select
        class="filter"
        [ngModel]="filter().clause ?? ''"
        (ngModelChange)="setFilter({ clause: $event || undefined })"
        [nzPlaceHolder]="'cons.disposition.filters.clause' | transloco"
        [attr.aria-label]="'cons.disposition.filters.clause' | transloco"
        nzShowSearch
        data-testid="disp-clause"
      >
        <nz-option nzValue="" [nzLabel]="'cons.disposition.all' | transloco" />
        <nz-option nzValue="none" [nzLabel]="'cons.wholeText' | transloco" />
        @for (k of clauses(); track k.id) {
          @if (k.comments) {
            <nz-option [nzValue]="k.id" [nzLabel]="k.number + ' ' + k.title + ' (' + k.comments + ')'" />
          }
        }
      </nz-select>
      <nz-select
        class="filter"
        [ngModel]="filter().decision ?? ''"
        (ngModelChange)="setFilter({ decision: $event || undefined })"
        [attr.aria-label]="'cons.disposition.filters.decision' | transloco"
        data-testid="disp-decision"
      >
        <nz-option nzValue="" [nzLabel]="'cons.disposition.all' | transloco" />
        @for (d of decisionFilters; track d) {
          <nz-option [nzValue]="d" [nzLabel]="'cons.decisions.' + d | transloco" />
        }
      </nz-select>
      <input
        nz-input
        class="filter"
        [ngModel]="filter().enterprise ?? ''"
        (ngModelChange)="setFilter({ enterprise: $event || undefined })"
        [placeholder]="'cons.disposition.filters.enterprise' | transloco"
        [attr.aria-label]="'cons.disposition.filters.enterprise' | transloco"
        data-testid="disp-enterprise"
      />
      <span class="muted">{{
        'cons.disposition.progress'
          | transloco: { done: counts().all - counts().undecided, total: counts().all }
      }}</span>
    </div>

    @if (groups().length && canDecide()) {
      <details class="groups" data-testid="disp-groups">
        <summary>{{ 'cons.disposition.groups' | transloco: { count: groups().length } }}</summary>
        @for (g of groups(); track g.commentIds[0]) {
          <div class="group">
            <p>
              <strong>{{ g.clauseId ? clauseNumber(g.clauseId) : ('cons.wholeText' | transloco) }}</strong> ·
              {{ 'cons.disposition.groupOf' | transloco: { count: g.enterprises.length } }}
            </p>
            <p class="quote">{{ g.sample }}</p>
            <p class="muted small">{{ g.enterprises.join('、') }}</p>
            <button nz-button nzSize="small" (click)="selectGroup(g)">
              {{ 'cons.disposition.applyGroup' | transloco }}
            </button>
          </div>
        }
      </details>
    }

    @if (selected().size && canDecide()) {
      <div class="bulk" data-testid="disp-bulk">
        <strong>{{ 'cons.disposition.bulk' | transloco: { count: selected().size } }}</strong>
        <nz-select
          class="decision"
          [(ngModel)]="bulk.decision"
          [attr.aria-label]="'cons.disposition.filters.decision' | transloco"
        >
          @for (d of decisions; track d) {
            <nz-option [nzValue]="d" [nzLabel]="'cons.decisions.' + d | transloco" />
          }
        </nz-select>
        <input
          nz-input
          class="reason"
          [(ngModel)]="bulk.reason"
          [placeholder]="'cons.disposition.reason' | transloco"
          [attr.aria-label]="'cons.disposition.reason' | transloco"
        />
        <button nz-button nzType="primary" [nzLoading]="busy()" (click)="saveBulk()">
          {{ 'cons.disposition.save' | transloco }}
        </button>
      </div>
    }

    <div class="table-wrap">
      <table class="table" data-testid="disp-table">
        <thead>
          <tr>
            <th scope="col">
              <span class="sr-only">{{ 'cons.disposition.select' | transloco }}</span>
            </th>
            <th scope="col">{{ 'cons.disposition.columns.clause' | transloco }}</th>
            <th scope="col">{{ 'cons.disposition.columns.content' | transloco }}</th>
            <th scope="col">{{ 'cons.disposition.columns.enterprise' | transloco }}</th>
            <th scope="col">{{ 'cons.disposition.columns.decision' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (m of rows(); track m.id) {
            <tr [attr.data-testid]="'disp-row-' + m.id">
              <td>
                <label
                  nz-checkbox
                  [ngModel]="selected().has(m.id)"
                  (ngModelChange)="select(m.id, $event)"
                  [nzDisabled]="!canDecide()"
                  ><span class="sr-only">{{ 'cons.disposition.select' | transloco }}</span></label
                >
              </td>
              <td class="nowrap">{{ m.clauseNumber ?? ('cons.wholeText' | transloco) }}</td>
              <td class="content">
                {{ m.proposedChange }}
                @if (m.reason) {
                  <div class="muted">{{ 'cons.comment.reason' | transloco }}：{{ m.reason }}</div>
                }
              </td>
              <td>{{ m.enterpriseName }}</td>
              <td class="decide">
                @if (canDecide()) {
                  <nz-select
                    [ngModel]="draftOf(m).decision"
                    (ngModelChange)="edit(m, { decision: $event })"
                    [nzPlaceHolder]="'cons.decisions.undecided' | transloco"
                    [attr.aria-label]="'cons.disposition.columns.decision' | transloco"
                    data-testid="disp-row-decision"
                  >
                    @for (d of decisions; track d) {
                      <nz-option [nzValue]="d" [nzLabel]="'cons.decisions.' + d | transloco" />
                    }
                  </nz-select>
                  <input
                    nz-input
                    [ngModel]="draftOf(m).reason"
                    (ngModelChange)="edit(m, { reason: $event })"
                    [placeholder]="'cons.disposition.reason' | transloco"
                    [attr.aria-label]="'cons.disposition.reason' | transloco"
                    data-testid="disp-row-reason"
                  />
                  <button
                    nz-button
                    nzSize="small"
                    [disabled]="!dirty(m)"
                    (click)="save(m)"
                    data-testid="disp-row-save"
                  >
                    {{ 'cons.disposition.save' | transloco }}
                  </button>
                } @else if (m.decision) {
                  <nz-tag>{{ 'cons.decisions.' + m.decision | transloco }}</nz-tag> {{ m.decisionReason }}
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (total() > rows().length) {
      <button nz-button (click)="more()">{{ 'cons.disposition.more' | transloco }}</button>
    }
  `,
  styles: `
    .gap {
      margin-bottom: 12px;
    }
    .filters,
    .bulk {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-bottom: 12px;
    }
    .filter {
      width: 200px;
      max-width: 100%;
    }
    .bulk {
      padding: 8px;
      background: #f6faff;
      border-radius: 6px;
    }
    .bulk .decision {
      width: 140px;
    }
    .bulk .reason {
      flex: 1;
      min-width: 160px;
    }
    .groups {
      margin-bottom: 12px;
    }
    .group {
      border-left: 3px solid #91caff;
      padding: 4px 12px;
      margin: 8px 0;
    }
    .quote {
      white-space: pre-wrap;
      margin: 4px 0;
    }
    .table-wrap {
      overflow-x: auto;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      min-width: 640px;
    }
    .table th,
    .table td {
      border-bottom: 1px solid #f0f0f0;
      padding: 6px 8px;
      text-align: left;
      vertical-align: top;
    }
    .content {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      max-width: 360px;
    }
    .decide {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: 180px;
    }
    .nowrap {
      white-space: nowrap;
    }
    .muted {
      color: #5c6370;
    }
    .small {
      font-size: 12px;
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
export class DispositionTableComponent {
  private readonly api = inject(ConsultationsApi);
  private readonly notice = inject(Notice);
  readonly consultationId = input.required<string>();
  readonly clauses = input.required<ConsultationClause[]>();
  readonly canDecide = input(false);
  /** The consultation's own counts (unfiltered). */
  readonly counts = input.required<{ all: number; undecided: number }>();
  /** Dispositions changed: the page reloads its status (it may be concluded now). */
  readonly changed = output<void>();
  protected readonly decisions = DISPOSITIONS;
  protected readonly decisionFilters = ['undecided', ...DISPOSITIONS];
  protected readonly filter = signal<CommentFilter>({});
  protected readonly rows = signal<ConsultationComment[]>([]);
  protected readonly total = signal(0);
  protected readonly groups = signal<CommentGroup[]>([]);
  protected readonly selected = signal(new Set<string>());
  protected readonly drafts = signal(new Map<string, Draft>());
  protected bulk: Draft = { decision: 'adopted', reason: '' };
  private readonly action = userAction();
  protected readonly busy = this.action.busy;
  private page = 1;
  private readonly numbers = computed(() => new Map(this.clauses().map((k) => [k.id, k.number])));

  constructor() {
    effect(() => void this.load(this.consultationId(), this.filter()));
  }

  protected clauseNumber(id: string): string {
    return this.numbers().get(id) ?? '';
  }

  protected setFilter(change: CommentFilter): void {
    this.filter.set({ ...this.filter(), ...change });
  }

  private async load(id: string, filter: CommentFilter, append = false): Promise<void> {
    try {
      const [page, groups] = await Promise.all([
        firstValueFrom(this.api.comments(id, filter, this.page, PAGE_SIZE)),
        this.canDecide() ? firstValueFrom(this.api.groups(id)) : Promise.resolve({ groups: [] }),
      ]);
      this.rows.set(append ? [...this.rows(), ...page.items] : page.items);
      this.total.set(page.total);
      this.groups.set(groups.groups);
    } catch (e) {
      this.notice.failure(e);
    }
  }

  protected more(): void {
    this.page++;
    void this.load(this.consultationId(), this.filter(), true);
  }

  protected draftOf(m: ConsultationComment): Draft {
    return this.drafts().get(m.id) ?? { decision: m.decision, reason: m.decisionReason ?? '' };
  }

  protected edit(m: ConsultationComment, change: Partial<Draft>): void {
    const next = new Map(this.drafts());
    next.set(m.id, { ...this.draftOf(m), ...change });
    this.drafts.set(next);
  }

  protected dirty(m: ConsultationComment): boolean {
    const d = this.drafts().get(m.id);
    return !!d?.decision && (d.decision !== m.decision || d.reason !== (m.decisionReason ?? ''));
  }

  protected select(id: string, on: boolean): void {
    const next = new Set(this.selected());
    if (on) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected selectGroup(g: CommentGroup): void {
    this.selected.set(new Set(g.commentIds));
  }

  protected save(m: ConsultationComment): Promise<void> {
    const d = this.draftOf(m);
    if (!d.decision) return Promise.resolve();
    if (d.decision !== 'adopted' && !d.reason.trim()) {
      this.notice.warn('cons.disposition.reasonRequired');
      return Promise.resolve();
    }
    return this.action.run(async () => {
      await firstValueFrom(
        this.api.dispose(m.id, { decision: d.decision!, reason: d.reason.trim() || undefined }),
      );
      this.notice.success('cons.disposition.saved');
      const next = new Map(this.drafts());
      next.delete(m.id);
      this.drafts.set(next);
      await this.refresh();
    });
  }

  protected saveBulk(): Promise<void> {
    const { decision, reason } = this.bulk;
    if (!decision) return Promise.resolve();
    if (decision !== 'adopted' && !reason.trim()) {
      this.notice.warn('cons.disposition.reasonRequired');
      return Promise.resolve();
    }
    return this.action.run(async () => {
      await firstValueFrom(
        this.api.disposeMany(this.consultationId(), [...this.selected()], {
          decision,
          reason: reason.trim() || undefined,
        }),
      );
      this.notice.success('cons.disposition.saved');
      this.selected.set(new Set());
      this.bulk = { decision: 'adopted', reason: '' };
      await this.refresh();
    });
  }

  private async refresh(): Promise<void> {
    this.page = 1;
    await this.load(this.consultationId(), this.filter());
    this.changed.emit();
  }
}
