import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { clauseDepth, splitDraft, chinaDate, type EnterpriseSize } from '@cqo/rules';
import {
  CONSULTATION_KINDS,
  type ConsultationAudience,
  type ConsultationInput,
  type ConsultationKind,
  type SurveyQuestion,
} from '@cqo/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { Notice } from '../../shared/notice';
import { SegmentFieldsComponent, prefixList } from '../../shared/segment-fields.component';
import { userAction } from '../../shared/user-action';
import { ConsultationsApi, type ConsultationView } from './consultations.api';
import { SurveyBuilderComponent } from './survey-builder.component';

/** A clause as the editor corrects it (its depth follows its number). */
interface EditableClause {
  number: string;
  title: string;
  text: string;
}

const DAY_MS = 86_400_000;

/**
 * Staff write a consultation: its facts, its audience, the draft pasted or uploaded as DOCX and
 * split into clauses beside the text (merge, split at the cursor, renumber), then the survey; and
 * open it now or on its opening day. Once open only the facts, the closing day and an unanswered
 * survey change.
 */
@Component({
  selector: 'cqo-consultation-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    InnerLabelDirective,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    SegmentFieldsComponent,
    SurveyBuilderComponent,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    NzPopconfirmModule,
    NzRadioModule,
    NzSelectModule,
  ],
  template: `
    <section class="page">
      <a [routerLink]="id() ? ['/consultations', id()] : ['/consultations']"
        >← {{ 'cons.pageTitle' | transloco }}</a
      >
      <h1 class="page-title">{{ (id() ? 'cons.editor.editTitle' : 'cons.editor.newTitle') | transloco }}</h1>
      <form nz-form nzLayout="vertical" class="facts" (ngSubmit)="save()">
        <nz-form-item>
          <nz-form-label nzRequired nzFor="cons-title">{{ 'cons.title' | transloco }}</nz-form-label>
          <input
            nz-input
            id="cons-title"
            name="title"
            [(ngModel)]="f.title"
            maxlength="200"
            required
            data-testid="cons-f-title"
          />
        </nz-form-item>
        <div class="two">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="cons-code">{{ 'cons.standardCode' | transloco }}</nz-form-label>
            <input
              nz-input
              id="cons-code"
              name="code"
              [(ngModel)]="f.standardCode"
              maxlength="60"
              placeholder="T/ZHCQO 001—2026"
              data-testid="cons-f-code"
            />
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="cons-kind">{{ 'cons.kind' | transloco }}</nz-form-label>
            <nz-select
              id="cons-kind"
              name="kind"
              [(ngModel)]="f.kind"
              [attr.aria-label]="'cons.kind' | transloco"
            >
              @for (k of kinds; track k) {
                <nz-option [nzValue]="k" [nzLabel]="'cons.kinds.' + k | transloco" />
              }
            </nz-select>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="cons-org">{{ 'cons.drafting' | transloco }}</nz-form-label>
            <input
              nz-input
              id="cons-org"
              name="org"
              [(ngModel)]="f.draftingOrganisation"
              maxlength="200"
              data-testid="cons-f-org"
            />
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="cons-contact">{{ 'cons.contact' | transloco }}</nz-form-label>
            <input nz-input id="cons-contact" name="contact" [(ngModel)]="f.contact" maxlength="200" />
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="cons-opens">{{ 'cons.opensOn' | transloco }}</nz-form-label>
            <input
              nz-input
              id="cons-opens"
              name="opensOn"
              type="date"
              [(ngModel)]="f.opensOn"
              [disabled]="fixed()"
              data-testid="cons-f-opens"
            />
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="cons-closes">{{
              'cons.closesOnLabel' | transloco
            }}</nz-form-label>
            <input
              nz-input
              id="cons-closes"
              name="closesOn"
              type="date"
              [(ngModel)]="f.closesOn"
              data-testid="cons-f-closes"
            />
          </nz-form-item>
        </div>
        <nz-form-item>
          <nz-form-label nzFor="cons-desc">{{ 'cons.description' | transloco }}</nz-form-label>
          <textarea
            nz-input
            id="cons-desc"
            name="description"
            rows="3"
            [(ngModel)]="f.description"
          ></textarea>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label>{{ 'cons.audience' | transloco }}</nz-form-label>
          <nz-radio-group [(ngModel)]="audienceType" name="audience" [nzDisabled]="fixed()">
            <label nz-radio nzValue="members">{{ 'cons.audiences.members' | transloco }}</label>
            <label nz-radio nzValue="segment">{{ 'cons.audiences.segment' | transloco }}</label>
          </nz-radio-group>
        </nz-form-item>
        @if (audienceType === 'segment' && !fixed()) {
          <cqo-segment-fields
            testIdPrefix="cons"
            [(industries)]="industries"
            [(regions)]="regions"
            [(sizes)]="sizes"
          />
        }
        <label nz-checkbox [(ngModel)]="f.publicReading" name="publicReading">{{
          'cons.publicReading' | transloco
        }}</label>
        <label nz-checkbox [(ngModel)]="f.commentsVisible" name="commentsVisible">{{
          'cons.commentsVisible' | transloco
        }}</label>

        <h2 class="section">{{ 'cons.editor.draftText' | transloco }}</h2>
        @if (fixed()) {
          <nz-alert nzType="info" [nzMessage]="'cons.editor.fixed' | transloco" />
        } @else {
          <p class="muted">{{ 'cons.editor.draftHint' | transloco }}</p>
          <div class="split">
            <div class="pane">
              <textarea
                nz-input
                class="draft"
                name="draftText"
                rows="18"
                [ngModel]="draftText()"
                (ngModelChange)="setText($event)"
                [attr.aria-label]="'cons.editor.draftText' | transloco"
                data-testid="cons-f-draft"
              ></textarea>
              <label class="upload">
                <span nz-button>{{ 'cons.editor.uploadDocx' | transloco }}</span>
                <input
                  type="file"
                  accept=".docx"
                  class="file"
                  (change)="upload($any($event.target))"
                  data-testid="cons-f-docx"
                />
              </label>
            </div>
            <div class="pane" data-testid="cons-split">
              <h3>
                {{ 'cons.editor.split' | transloco: { count: clauses().length } }}
                @if (corrected()) {
                  <span class="muted small">· {{ 'cons.editor.corrected' | transloco }}</span>
                  <button nz-button nzType="link" nzSize="small" type="button" (click)="resplit()">
                    {{ 'cons.editor.resetSplit' | transloco }}
                  </button>
                }
              </h3>
              <ol class="clauses">
                @for (c of clauses(); track $index; let i = $index) {
                  <li [style.margin-left.px]="(depth(c) - 1) * 12" [attr.data-testid]="'split-' + i">
                    <div class="row">
                      <input
                        nz-input
                        class="number"
                        [ngModel]="c.number"
                        (ngModelChange)="change(i, { number: $event })"
                        [name]="'n' + i"
                        [attr.aria-label]="'cons.editor.number' | transloco"
                      />
                      <input
                        nz-input
                        class="ctitle"
                        [ngModel]="c.title"
                        (ngModelChange)="change(i, { title: $event })"
                        [name]="'t' + i"
                        [attr.aria-label]="'cons.editor.clauseTitle' | transloco"
                      />
                    </div>
                    <textarea
                      nz-input
                      #text
                      rows="2"
                      class="ctext"
                      [ngModel]="c.text"
                      (ngModelChange)="change(i, { text: $event })"
                      [name]="'x' + i"
                      [attr.aria-label]="c.number"
                    ></textarea>
                    <div class="row">
                      <button nz-button nzSize="small" type="button" [disabled]="i === 0" (click)="merge(i)">
                        {{ 'cons.editor.merge' | transloco }}
                      </button>
                      <button
                        nz-button
                        nzSize="small"
                        type="button"
                        (click)="splitAt(i, text.selectionStart)"
                      >
                        {{ 'cons.editor.splitHere' | transloco }}
                      </button>
                    </div>
                  </li>
                }
              </ol>
            </div>
          </div>
        }
        <div class="bar">
          <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="cons-save">
            {{ 'cons.editor.save' | transloco }}
          </button>
          @if (!fixed()) {
            <button
              nz-button
              type="button"
              [nzLoading]="busy()"
              (click)="save('open')"
              data-testid="cons-save-open"
            >
              {{ 'cons.editor.openNow' | transloco }}
            </button>
            <button
              nz-button
              type="button"
              [nzLoading]="busy()"
              (click)="save('schedule')"
              data-testid="cons-save-schedule"
            >
              {{ 'cons.editor.schedule' | transloco }}
            </button>
          }
          @if (existing()?.status === 'scheduled') {
            <button nz-button type="button" (click)="unschedule()">
              {{ 'cons.editor.unschedule' | transloco }}
            </button>
          }
          @if (existing() && !fixed()) {
            <button
              nz-button
              nzDanger
              type="button"
              nz-popconfirm
              [nzPopconfirmTitle]="'cons.editor.deleteConfirm' | transloco"
              (nzOnConfirm)="remove()"
            >
              {{ 'cons.editor.delete' | transloco }}
            </button>
          }
        </div>
      </form>

      @if (existing(); as c) {
        <h2 class="section">{{ 'cons.builder.title' | transloco }}</h2>
        <cqo-survey-builder
          [consultationId]="c.id"
          [questions]="questions()"
          [locked]="locked()"
          (saved)="questions.set($event)"
        />
      }
    </section>
  `,
  styles: `
    .two {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 0 16px;
    }
    .section {
      font-size: 18px;
      margin: 24px 0 8px;
    }
    .split {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 16px;
    }
    @media (max-width: 900px) {
      .split {
        grid-template-columns: 1fr;
      }
    }
    .pane {
      min-width: 0;
    }
    .draft {
      font-family: inherit;
    }
    .upload {
      display: inline-block;
      margin-top: 8px;
      position: relative;
    }
    .file {
      position: absolute;
      inset: 0;
      opacity: 0;
      cursor: pointer;
    }
    .clauses {
      list-style: none;
      padding: 0;
      max-height: 70vh;
      overflow: auto;
    }
    .clauses li {
      border-bottom: 1px solid #f0f0f0;
      padding: 6px 0;
    }
    .row {
      display: flex;
      gap: 6px;
      flex-wrap: wrap;
      margin: 4px 0;
    }
    .number {
      width: 90px;
    }
    .ctitle {
      flex: 1;
      min-width: 120px;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 16px;
    }
    .muted {
      color: #5c6370;
    }
    .small {
      font-size: 12px;
    }
  `,
})
export class ConsultationEditorPage {
  private readonly api = inject(ConsultationsApi);
  private readonly notice = inject(Notice);
  private readonly router = inject(Router);
  /** Absent: a new consultation. */
  readonly id = input<string>();
  protected readonly kinds = CONSULTATION_KINDS;
  protected readonly existing = signal<ConsultationView | null>(null);
  protected readonly fixed = computed(() => {
    const s = this.existing()?.status;
    return !!s && s !== 'draft' && s !== 'scheduled';
  });
  protected readonly questions = signal<SurveyQuestion[]>([]);
  protected readonly locked = signal(false);
  protected readonly draftText = signal('');
  protected readonly clauses = signal<EditableClause[]>([]);
  protected readonly corrected = signal(false);
  private readonly action = userAction();
  protected readonly busy = this.action.busy;
  protected f = {
    title: '',
    standardCode: '',
    kind: 'group' as ConsultationKind,
    description: '',
    draftingOrganisation: '',
    contact: '',
    opensOn: chinaDate(),
    closesOn: chinaDate(new Date(Date.now() + 30 * DAY_MS)),
    publicReading: false,
    commentsVisible: true,
  };
  protected audienceType: ConsultationAudience['type'] = 'members';
  protected industries = '';
  protected regions = '';
  protected sizes: EnterpriseSize[] = [];

  constructor() {
    effect(() => {
      const id = this.id();
      if (id) void this.load(id);
    });
  }

  private async load(id: string): Promise<void> {
    try {
      const [c, clauses, survey] = await Promise.all([
        firstValueFrom(this.api.get(id)),
        firstValueFrom(this.api.clauses(id)),
        firstValueFrom(this.api.survey(id)),
      ]);
      this.existing.set(c);
      this.f = {
        title: c.title,
        standardCode: c.standardCode,
        kind: c.kind,
        description: c.description,
        draftingOrganisation: c.draftingOrganisation,
        contact: c.contact,
        opensOn: c.opensOn,
        closesOn: c.closesOn,
        publicReading: c.publicReading,
        commentsVisible: c.commentsVisible,
      };
      this.audienceType = c.audience.type;
      this.industries = (c.audience.industryPrefixes ?? []).join(', ');
      this.regions = (c.audience.regionPrefixes ?? []).join(', ');
      this.sizes = c.audience.sizes ?? [];
      this.draftText.set(c.draftText);
      const stored = clauses.items.map(({ number, title, text }) => ({ number, title, text }));
      this.clauses.set(stored);
      // Stored clauses that differ from a fresh split were corrected by hand.
      const fresh = splitDraft(c.draftText).clauses.map(({ number, title, text }) => ({
        number,
        title,
        text,
      }));
      this.corrected.set(JSON.stringify(fresh) !== JSON.stringify(stored));
      this.questions.set(survey.questions);
      this.locked.set(survey.locked);
    } catch (e) {
      this.notice.failure(e);
    }
  }

  protected depth(c: EditableClause): number {
    return clauseDepth(c.number);
  }

  protected setText(text: string): void {
    this.draftText.set(text);
    // Typing in the text splits it again (hand corrections give way to the new text).
    this.clauses.set(
      splitDraft(text).clauses.map(({ number, title, text: t }) => ({ number, title, text: t })),
    );
    this.corrected.set(false);
  }

  protected resplit(): void {
    this.setText(this.draftText());
  }

  protected change(i: number, patch: Partial<EditableClause>): void {
    this.clauses.update((list) => list.map((c, n) => (n === i ? { ...c, ...patch } : c)));
    this.corrected.set(true);
  }

  /** Clause i's heading and text go to the end of the clause before it. */
  protected merge(i: number): void {
    this.clauses.update((list) => {
      const prev = list[i - 1];
      const cur = list[i];
      const heading = [cur.number, cur.title].filter(Boolean).join(' ');
      const joined = { ...prev, text: [prev.text, heading, cur.text].filter(Boolean).join('\n') };
      return [...list.slice(0, i - 1), joined, ...list.slice(i + 1)];
    });
    this.corrected.set(true);
  }

  /** Clause i's text from the cursor on becomes a new clause after it, to be numbered. */
  protected splitAt(i: number, at: number | null): void {
    this.clauses.update((list) => {
      const cur = list[i];
      const cut = at && at > 0 && at < cur.text.length ? at : cur.text.length;
      const first = { ...cur, text: cur.text.slice(0, cut).trimEnd() };
      const second = { number: `${cur.number}.1`, title: '', text: cur.text.slice(cut).trimStart() };
      return [...list.slice(0, i), first, second, ...list.slice(i + 1)];
    });
    this.corrected.set(true);
  }

  protected async upload(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await this.action.run(async () => {
      const id = this.existing()?.id ?? (await this.persist()).id;
      await firstValueFrom(this.api.uploadDraft(id, file));
      await this.load(id);
      if (!this.id()) await this.router.navigate(['/consultations', id, 'edit']);
    });
  }

  private input(): ConsultationInput {
    const audience: ConsultationAudience =
      this.audienceType === 'segment'
        ? {
            type: 'segment',
            industryPrefixes: prefixList(this.industries),
            regionPrefixes: prefixList(this.regions),
            sizes: this.sizes,
          }
        : { type: 'members' };
    return { ...this.f, audience, draftText: this.draftText() };
  }

  /** Creates or saves; a hand-corrected split is saved after the text. */
  private async persist(): Promise<{ id: string }> {
    const existing = this.existing();
    const input = this.input();
    let id: string;
    if (existing && this.fixed()) {
      const { draftText: _text, opensOn: _opens, audience: _audience, ...open } = input;
      id = (await firstValueFrom(this.api.update(existing.id, open))).id;
    } else {
      id = existing
        ? (await firstValueFrom(this.api.update(existing.id, input))).id
        : (await firstValueFrom(this.api.create(input))).id;
      if (this.corrected()) {
        const items = this.clauses().map((c) => ({ ...c, depth: clauseDepth(c.number) }));
        await firstValueFrom(this.api.correctClauses(id, { items }));
      }
    }
    return { id };
  }

  protected save(then?: 'open' | 'schedule'): Promise<void> {
    return this.action.run(async () => {
      const { id } = await this.persist();
      if (then) await firstValueFrom(this.api.act(id, then));
      this.notice.success('cons.editor.saved');
      if (then) await this.router.navigate(['/consultations', id]);
      else if (!this.id()) await this.router.navigate(['/consultations', id, 'edit']);
      else await this.load(id);
    });
  }

  protected unschedule(): Promise<void> {
    return this.action.run(async () => {
      await firstValueFrom(this.api.act(this.id()!, 'unschedule'));
      await this.load(this.id()!);
    });
  }

  protected remove(): Promise<void> {
    return this.action.run(async () => {
      await firstValueFrom(this.api.remove(this.id()!));
      this.notice.success('cons.editor.deleted');
      await this.router.navigate(['/consultations'], { queryParams: { tab: 'drafts' } });
    });
  }
}
