import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { QUESTION_TYPES, type QuestionType, type SurveyQuestion } from '@cqo/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { Notice } from '../../shared/notice';
import { userAction } from '../../shared/user-action';
import { ConsultationsApi, type QuestionDraft } from './consultations.api';

/** A question as the builder edits it: options one per line, the condition by question id. */
interface Editable {
  id?: string;
  type: QuestionType;
  title: string;
  required: boolean;
  /** Option ids kept in the order of the lines, so that edited labels keep their id. */
  optionIds: (string | undefined)[];
  optionsText: string;
  min: number | null;
  max: number | null;
  /** "questionId|optionIndex", or '' for always shown. */
  condition: string;
  key: number;
}

const CHOICE: QuestionType[] = ['single', 'multiple'];
let keys = 0;

/**
 * Staff build the survey: questions of six kinds, required or not, in order, a question shown
 * only when an earlier choice has a given answer. Saved whole; locked once members answer.
 */
@Component({
  selector: 'cqo-survey-builder',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    InnerLabelDirective,
    FormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
  ],
  template: `
    @if (locked()) {
      <nz-alert nzType="info" [nzMessage]="'cons.builder.locked' | transloco" class="gap" />
    }
    @for (q of items(); track q.key; let i = $index) {
      <fieldset class="question" [disabled]="locked()" [attr.data-testid]="'builder-q-' + i">
        <legend>{{ 'cons.builder.question' | transloco }} {{ i + 1 }}</legend>
        <div class="row">
          <nz-select
            class="type"
            [(ngModel)]="q.type"
            [name]="'type' + q.key"
            [attr.aria-label]="'cons.kind' | transloco"
            [nzDisabled]="locked()"
            data-testid="builder-type"
          >
            @for (t of types; track t) {
              <nz-option [nzValue]="t" [nzLabel]="'cons.builder.types.' + t | transloco" />
            }
          </nz-select>
          <input
            nz-input
            class="title"
            [(ngModel)]="q.title"
            [name]="'title' + q.key"
            maxlength="300"
            [placeholder]="'cons.builder.question' | transloco"
            [attr.aria-label]="'cons.builder.question' | transloco"
            data-testid="builder-title"
          />
          <label nz-checkbox [(ngModel)]="q.required" [name]="'req' + q.key" [nzDisabled]="locked()">{{
            'cons.survey.required' | transloco
          }}</label>
        </div>
        @if (isChoice(q)) {
          <label class="block" [for]="'opts' + q.key">{{ 'cons.builder.options' | transloco }}</label>
          <textarea
            nz-input
            rows="3"
            [id]="'opts' + q.key"
            [(ngModel)]="q.optionsText"
            [name]="'opts' + q.key"
            data-testid="builder-options"
          ></textarea>
        }
        @if (q.type === 'multiple' || q.type === 'number') {
          <div class="row">
            <label
              >{{ 'cons.builder.min' | transloco }}
              <nz-input-number
                [(ngModel)]="q.min"
                [name]="'min' + q.key"
                [nzMin]="0"
                [nzDisabled]="locked()"
              />
            </label>
            <label
              >{{ 'cons.builder.max' | transloco }}
              <nz-input-number
                [(ngModel)]="q.max"
                [name]="'max' + q.key"
                [nzMin]="0"
                [nzDisabled]="locked()"
              />
            </label>
          </div>
        }
        @if (i > 0) {
          <div class="row">
            <nz-select
              class="condition"
              [(ngModel)]="q.condition"
              [name]="'cond' + q.key"
              [nzDisabled]="locked()"
              [attr.aria-label]="'cons.builder.showIf' | transloco"
            >
              <nz-option nzValue="" [nzLabel]="'cons.builder.always' | transloco" />
              @for (o of conditions(i); track o.value) {
                <nz-option [nzValue]="o.value" [nzLabel]="o.label" />
              }
            </nz-select>
          </div>
        }
        @if (!locked()) {
          <div class="row end">
            <button nz-button nzSize="small" type="button" [disabled]="i === 0" (click)="move(i, -1)">
              {{ 'cons.builder.up' | transloco }}
            </button>
            <button
              nz-button
              nzSize="small"
              type="button"
              [disabled]="i === items().length - 1"
              (click)="move(i, 1)"
            >
              {{ 'cons.builder.down' | transloco }}
            </button>
            <button nz-button nzSize="small" nzDanger type="button" (click)="remove(i)">
              {{ 'cons.builder.remove' | transloco }}
            </button>
          </div>
        }
      </fieldset>
    }
    @if (!locked()) {
      <div class="row">
        <button nz-button type="button" (click)="add()" data-testid="builder-add">
          {{ 'cons.builder.add' | transloco }}
        </button>
        <button
          nz-button
          nzType="primary"
          type="button"
          [nzLoading]="busy()"
          (click)="save()"
          data-testid="builder-save"
        >
          {{ 'cons.builder.save' | transloco }}
        </button>
      </div>
    }
  `,
  styles: `
    .gap {
      margin-bottom: 12px;
    }
    .question {
      border: 1px solid #f0f0f0;
      border-radius: 6px;
      padding: 8px 12px;
      margin: 0 0 12px;
    }
    legend {
      font-size: 13px;
      width: auto;
      margin: 0;
      padding: 0 4px;
      border: 0;
      color: #5c6370;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-top: 8px;
    }
    .end {
      justify-content: flex-end;
    }
    .type {
      width: 140px;
    }
    .title {
      flex: 1;
      min-width: 200px;
    }
    .condition {
      width: 100%;
    }
    .block {
      display: block;
      margin-top: 8px;
    }
  `,
})
export class SurveyBuilderComponent {
  private readonly api = inject(ConsultationsApi);
  private readonly notice = inject(Notice);
  readonly consultationId = input.required<string>();
  readonly questions = input.required<SurveyQuestion[]>();
  readonly locked = input(false);
  readonly saved = output<SurveyQuestion[]>();
  protected readonly types = QUESTION_TYPES;
  protected readonly items = signal<Editable[]>([]);
  private readonly action = userAction();
  protected readonly busy = this.action.busy;

  constructor() {
    effect(() => this.items.set(this.questions().map((q) => this.editable(q))));
  }

  private editable(q: SurveyQuestion): Editable {
    const all = this.questions();
    const parent = q.showIf ? all.find((p) => p.id === q.showIf!.questionId) : undefined;
    const index = parent ? parent.options.findIndex((o) => o.id === q.showIf!.optionId) : -1;
    return {
      id: q.id,
      type: q.type,
      title: q.title,
      required: q.required,
      optionIds: q.options.map((o) => o.id),
      optionsText: q.options.map((o) => o.label).join('\n'),
      min: q.min,
      max: q.max,
      condition: parent && index >= 0 ? `${parent.id}|${index}` : '',
      key: ++keys,
    };
  }

  protected isChoice(q: Editable): boolean {
    return CHOICE.includes(q.type);
  }

  /** The answers of earlier choice questions that may show question `i`. */
  protected conditions(i: number): { value: string; label: string }[] {
    return this.items()
      .slice(0, i)
      .map((q, n) => ({ q, n }))
      .filter(({ q }) => this.isChoice(q))
      .flatMap(({ q, n }) =>
        lines(q.optionsText).map((label, k) => ({
          value: `${q.id ?? `#${n}`}|${k}`,
          label: `${n + 1}. ${q.title || '…'} = ${label}`,
        })),
      );
  }

  protected add(): void {
    this.items.update((list) => [
      ...list,
      {
        type: 'single',
        title: '',
        required: false,
        optionIds: [],
        optionsText: '',
        min: null,
        max: null,
        condition: '',
        key: ++keys,
      },
    ]);
  }

  protected move(i: number, by: number): void {
    const list = [...this.items()];
    [list[i], list[i + by]] = [list[i + by], list[i]];
    this.items.set(list);
  }

  protected remove(i: number): void {
    this.items.update((list) => list.filter((_, n) => n !== i));
  }

  protected save(): Promise<void> {
    const list = this.items();
    const drafts: QuestionDraft[] = list.map((q) => {
      const [ref, option] = q.condition.split('|');
      // A condition on a question not saved yet names it by its position ("#2").
      const question = ref?.startsWith('#') ? Number(ref.slice(1)) : ref;
      const labels = lines(q.optionsText);
      return {
        ...(q.id ? { id: q.id } : {}),
        type: q.type,
        title: q.title.trim(),
        required: q.required,
        ...(this.isChoice(q)
          ? { options: labels.map((label, k) => (q.optionIds[k] ? { id: q.optionIds[k], label } : label)) }
          : {}),
        ...(q.min !== null && (q.type === 'multiple' || q.type === 'number') ? { min: q.min } : {}),
        ...(q.max !== null && (q.type === 'multiple' || q.type === 'number') ? { max: q.max } : {}),
        ...(q.condition ? { showIf: { question, option: Number(option) } } : {}),
      };
    });
    return this.action.run(async () => {
      const survey = await firstValueFrom(this.api.defineSurvey(this.consultationId(), drafts));
      this.notice.success('cons.builder.saved');
      this.saved.emit(survey.questions);
    });
  }
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
