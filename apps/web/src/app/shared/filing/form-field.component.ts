import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule, type FormControl } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { FieldErrorPipe } from '../form-errors';
import { InnerLabelDirective } from '../inner-label.directive';
import type { FilingField } from './filing-fields';

/**
 * One field of a catalogue-driven form: its label, the control its kind asks for, its error and
 * the reviewer's comment on it. A kind it does not draw itself (the industry picker, the region
 * cascader) is given as content.
 */
@Component({
  selector: 'cqo-form-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    FieldErrorPipe,
    InnerLabelDirective,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
  ],
  template: `
    <nz-form-item>
      <nz-form-label [nzFor]="id()" [nzRequired]="!!field().required">{{
        field().label | transloco
      }}</nz-form-label>
      <nz-form-control
        [nzErrorTip]="control() | fieldError"
        [nzExtra]="comment() ?? (field().hint ? (field().hint! | transloco) : '')"
        [nzValidateStatus]="drawnElsewhere() ? status() : control()"
      >
        @if (drawnElsewhere()) {
          <ng-content />
        } @else {
          @switch (field().control) {
            @case ('textarea') {
              <textarea nz-input [id]="id()" rows="4" [formControl]="control()"></textarea>
            }
            @case ('number') {
              <nz-input-number class="full-width" [nzId]="id()" [nzMin]="0" [formControl]="control()" />
            }
            @case ('select') {
              <nz-select [nzId]="id()" [formControl]="control()" [nzAllowClear]="!field().required">
                @for (option of field().options; track option) {
                  <nz-option [nzValue]="option" [nzLabel]="field().optionLabel + option | transloco" />
                }
              </nz-select>
            }
            @default {
              <input
                nz-input
                [id]="id()"
                [type]="inputType()"
                [formControl]="control()"
                [attr.maxlength]="field().maxLength ?? null"
                [attr.data-testid]="field().testId ?? null"
              />
            }
          }
        }
      </nz-form-control>
    </nz-form-item>
  `,
  styles: `
    .full-width {
      width: 100%;
    }
  `,
})
export class FormFieldComponent {
  readonly field = input.required<FilingField>();
  readonly control = input.required<FormControl>();
  /** For a control drawn as content: 'error' when it has something to fix. */
  readonly status = input<'error' | ''>('');
  /** What the reviewer wrote about this field, shown under it. */
  readonly comment = input<string | null>(null);
  /** "enterprise.legalRepresentative.name" → "enterprise-legalRepresentative-name". */
  protected readonly id = computed(() => this.field().path.replaceAll('.', '-'));
  protected readonly drawnElsewhere = computed(() => ['industry', 'region'].includes(this.field().control));
  protected readonly inputType = computed(() =>
    this.field().control === 'date' ? 'date' : this.field().control === 'email' ? 'email' : 'text',
  );
}
