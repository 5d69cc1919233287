import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AnswerValue, SurveyAnswer, SurveyQuestion } from '@cqo/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { firstValueFrom } from 'rxjs';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { Notice } from '../../shared/notice';
import { userAction } from '../../shared/user-action';
import { ConsultationsApi } from './consultations.api';
import { isShown } from './survey-visibility';

/** How long typing pauses before the draft is saved. */
const DRAFT_DELAY_MS = 1200;

/**
 * The member's survey: each question by its type, a conditional question appearing when its
 * answer is given, the draft saved while typing, and submitted when complete (editable until
 * closing). Read-only for staff and once closed.
 */
@Component({
  selector: 'cqo-survey-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    InnerLabelDirective,
    DatePipe,
    FormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzInputModule,
    NzInputNumberModule,
    NzRadioModule,
  ],
  template: `
    @if (!questions().length) {
      <p class="muted">{{ 'cons.survey.empty' | transloco }}</p>
    } @else {
      @if (submitted()) {
        <nz-alert nzType="success" nzShowIcon [nzMessage]="'cons.survey.submitted' | transloco" class="gap" />
      }
      <form (ngSubmit)="submit()" data-testid="survey-form">
        @for (q of visible(); track q.id; let i = $index) {
          <fieldset
            class="question"
            [attr.data-testid]="'question-' + i"
            [class.missing]="missing().has(q.id)"
          >
            <legend>
              {{ i + 1 }}. {{ q.title }}
              @if (q.required) {
                <span class="required">（{{ 'cons.survey.required' | transloco }}）</span>
              }
            </legend>
            @if (q.description) {
              <p class="muted">{{ q.description }}</p>
            }
            @switch (q.type) {
              @case ('single') {
                <nz-radio-group
                  [name]="q.id"
                  [ngModel]="answers()[q.id]"
                  (ngModelChange)="set(q, $event)"
                  [nzDisabled]="readOnly()"
                  class="choices"
                >
                  @for (o of q.options; track o.id) {
                    <label nz-radio [nzValue]="o.id">{{ o.label }}</label>
                  }
                </nz-radio-group>
              }
              @case ('multiple') {
                <p class="muted small">{{ bounds(q) | transloco: { min: q.min, max: q.max } }}</p>
                <div class="choices">
                  @for (o of q.options; track o.id) {
                    <label
                      nz-checkbox
                      [name]="q.id + o.id"
                      [ngModel]="picked(q, o.id)"
                      (ngModelChange)="toggle(q, o.id, $event)"
                      [nzDisabled]="readOnly()"
                      >{{ o.label }}</label
                    >
                  }
                </div>
              }
              @case ('rating') {
                <nz-radio-group
                  [name]="q.id"
                  [ngModel]="answers()[q.id]"
                  (ngModelChange)="set(q, $event)"
                  [nzDisabled]="readOnly()"
                  nzButtonStyle="solid"
                >
                  @for (n of [1, 2, 3, 4, 5]; track n) {
                    <label
                      nz-radio-button
                      [nzValue]="n"
                      [attr.aria-label]="'cons.survey.rating' | transloco: { n }"
                      >{{ n }}</label
                    >
                  }
                </nz-radio-group>
              }
              @case ('number') {
                <nz-input-number
                  [name]="q.id"
                  [ngModel]="answers()[q.id]"
                  (ngModelChange)="set(q, $event)"
                  [nzMin]="q.min ?? -1e12"
                  [nzMax]="q.max ?? 1e12"
                  [nzDisabled]="readOnly()"
                  [attr.aria-label]="q.title"
                />
              }
              @case ('long-text') {
                <textarea
                  nz-input
                  rows="4"
                  maxlength="5000"
                  [name]="q.id"
                  [ngModel]="answers()[q.id]"
                  (ngModelChange)="set(q, $event)"
                  [disabled]="readOnly()"
                  [attr.aria-label]="q.title"
                ></textarea>
              }
              @default {
                <input
                  nz-input
                  maxlength="200"
                  [name]="q.id"
                  [ngModel]="answers()[q.id]"
                  (ngModelChange)="set(q, $event)"
                  [disabled]="readOnly()"
                  [attr.aria-label]="q.title"
                />
              }
            }
          </fieldset>
        }
        @if (!readOnly()) {
          <div class="bar">
            @if (savedAt(); as at) {
              <span class="muted small" data-testid="survey-draft-saved">{{
                'cons.survey.draftSaved' | transloco: { time: (at | date: 'HH:mm:ss') }
              }}</span>
            }
            <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="survey-submit">
              {{ (submitted() ? 'cons.survey.resubmit' : 'cons.survey.submit') | transloco }}
            </button>
          </div>
        }
      </form>
    }
  `,
  styles: `
    .gap {
      margin-bottom: 12px;
    }
    .question {
      border: 1px solid #f0f0f0;
      border-radius: 6px;
      padding: 8px 12px 12px;
      margin: 0 0 12px;
    }
    .question.missing {
      border-color: #cf1322;
    }
    legend {
      font-weight: 500;
      font-size: 14px;
      padding: 0 4px;
      width: auto;
      margin: 0;
      border: 0;
    }
    .required {
      color: #cf1322;
      font-weight: 400;
    }
    .choices {
      display: flex;
      flex-direction: column;
      gap: 6px;
    }
    .bar {
      display: flex;
      gap: 12px;
      align-items: center;
      justify-content: flex-end;
      flex-wrap: wrap;
    }
    .muted {
      color: #5c6370;
    }
    .small {
      font-size: 12px;
    }
  `,
})
export class SurveyFormComponent {
  private readonly api = inject(ConsultationsApi);
  private readonly notice = inject(Notice);
  readonly consultationId = input.required<string>();
  readonly questions = input.required<SurveyQuestion[]>();
  /** Staff preview, a closed consultation, or a reader outside the audience. */
  readonly readOnly = input(false);
  protected readonly answers = signal<Record<string, AnswerValue>>({});
  protected readonly submitted = signal(false);
  protected readonly savedAt = signal<Date | null>(null);
  protected readonly missing = signal(new Set<string>());
  protected readonly visible = computed(() =>
    this.questions().filter((q) => isShown(q, this.questions(), this.answers())),
  );
  private readonly action = userAction();
  protected readonly busy = this.action.busy;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    effect(() => {
      if (!this.readOnly()) void this.load(this.consultationId());
    });
    inject(DestroyRef).onDestroy(() => this.flush());
  }

  private async load(id: string): Promise<void> {
    try {
      const r = await firstValueFrom(this.api.myResponse(id));
      this.answers.set(Object.fromEntries(r.answers.map((a) => [a.questionId, a.value])));
      this.submitted.set(r.submitted);
    } catch (e) {
      this.notice.failure(e);
    }
  }

  protected bounds(q: SurveyQuestion): string {
    if (q.min !== null && q.max !== null) return 'cons.survey.choose';
    return q.max !== null ? 'cons.survey.chooseUpTo' : 'cons.survey.chooseMany';
  }

  protected picked(q: SurveyQuestion, optionId: string): boolean {
    const v = this.answers()[q.id];
    return Array.isArray(v) && v.includes(optionId);
  }

  protected toggle(q: SurveyQuestion, optionId: string, on: boolean): void {
    const current = (this.answers()[q.id] as string[] | undefined) ?? [];
    this.set(q, on ? [...current, optionId] : current.filter((x) => x !== optionId));
  }

  protected set(q: SurveyQuestion, value: AnswerValue | null): void {
    const next = { ...this.answers() };
    if (value === null || value === undefined) delete next[q.id];
    else next[q.id] = value;
    this.answers.set(next);
    this.missing.update((m) => {
      const copy = new Set(m);
      copy.delete(q.id);
      return copy;
    });
    // A submitted response is changed by submitting again; a draft saves itself.
    if (!this.submitted()) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.saveDraft(), DRAFT_DELAY_MS);
    }
  }

  private payload(): SurveyAnswer[] {
    return this.visible()
      .filter((q) => this.answers()[q.id] !== undefined)
      .map((q) => ({ questionId: q.id, value: this.answers()[q.id] }));
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      void this.saveDraft();
    }
  }

  private async saveDraft(): Promise<void> {
    this.timer = undefined;
    try {
      await firstValueFrom(this.api.respond(this.consultationId(), this.payload(), true));
      this.savedAt.set(new Date());
    } catch (e) {
      this.notice.failure(e);
    }
  }

  protected submit(): Promise<void> {
    const missing = this.visible().filter((q) => q.required && this.answers()[q.id] === undefined);
    if (missing.length) {
      this.missing.set(new Set(missing.map((q) => q.id)));
      this.notice.warn('cons.survey.missing');
      return Promise.resolve();
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.action.run(async () => {
      await firstValueFrom(this.api.respond(this.consultationId(), this.payload(), false));
      this.submitted.set(true);
      this.notice.success('cons.survey.thanks');
    });
  }
}
