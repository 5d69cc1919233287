import {
  ChangeDetectionStrategy,
  Component,
  computed,
  Directive,
  inject,
  input,
  output,
  type Signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { chinaDate, ENTERPRISE_SIZES } from '@cqo/rules';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { LanguageService, type Lang } from '../../core/i18n/i18n';
import { InnerLabelDirective } from '../inner-label.directive';
import { industryFilterOptions, zhuhaiDistrictOptions, type FilterOption } from './filter-options';

/**
 * The controls of list pages' filter bars. Bound to a list (`[list]="list" key="size"`) a control
 * shows that filter and hands changes to the list, which puts them into the URL; unbound it is a
 * plain control (`[value]` / `(valueChange)`).
 */

/** What a filter control needs of a list: ListPage has this shape. */
export interface FilterTarget {
  readonly filters: Signal<Record<string, unknown>>;
  set(change: Record<string, unknown>): void;
}

@Directive()
abstract class FilterControl<V> {
  readonly list = input<FilterTarget>();
  /** The filter's name in the list (and in the URL). */
  readonly key = input('');
  readonly value = input<V | null>(null);
  readonly valueChange = output<V | null>();
  protected readonly current = computed(() => {
    const list = this.list();
    return (list ? list.filters()[this.key()] : this.value()) as V | null;
  });

  protected change(value: V | null): void {
    const list = this.list();
    if (list) list.set({ [this.key()]: value });
    else this.valueChange.emit(value);
  }
}

type Preset = 'district' | 'industry' | 'size';
const PRESETS: Record<
  Preset,
  { label: string; options: (lang: Lang) => readonly (string | FilterOption)[] }
> = {
  district: { label: 'review.district', options: zhuhaiDistrictOptions },
  industry: { label: 'dir.industry', options: industryFilterOptions },
  size: { label: 'filing.sizeResult', options: () => ENTERPRISE_SIZES },
};

/**
 * A select over fixed choices: codes named through `optionLabel` + code, or ready-made options.
 * The presets are the filters every list shares: the district of Zhuhai, the GB/T 4754 industry
 * (searchable), the enterprise sizes (several at once).
 */
@Component({
  selector: 'cqo-choice-filter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, TranslocoPipe, NzSelectModule, InnerLabelDirective],
  template: `
    <nz-select
      [class]="isMultiple() ? 'wide' : 'narrow'"
      [nzMode]="isMultiple() ? 'multiple' : 'default'"
      [ngModel]="current()"
      (ngModelChange)="change($event)"
      [nzAllowClear]="!isMultiple()"
      [nzShowSearch]="preset() === 'industry'"
      [nzPlaceHolder]="shownLabel() | transloco"
      [attr.aria-label]="shownLabel() | transloco"
      [attr.data-testid]="testId()"
    >
      @for (o of choices(); track o.value) {
        <nz-option [nzValue]="o.value" [nzLabel]="o.translate ? (o.label | transloco) : o.label" />
      }
    </nz-select>
  `,
  styles: `
    .narrow {
      min-width: 150px;
    }
    .wide {
      min-width: 200px;
      max-width: 100%;
    }
  `,
})
export class ChoiceFilterComponent extends FilterControl<string | string[]> {
  readonly preset = input<Preset>();
  /** Translation key of the placeholder and accessible name (a preset has its own). */
  readonly label = input<string>();
  readonly options = input<readonly (string | FilterOption)[]>([]);
  /** Translation prefix for plain-code options ("ann.kinds." → "ann.kinds.policy"). */
  readonly optionLabel = input('');
  readonly multiple = input(false);
  readonly testId = input<string>();
  private readonly lang = inject(LanguageService).lang;
  protected readonly isMultiple = computed(() => this.multiple() || this.preset() === 'size');
  protected readonly shownLabel = computed(() => this.label() ?? PRESETS[this.preset() ?? 'district'].label);
  protected readonly choices = computed(() => {
    const preset = this.preset();
    const prefix = preset === 'size' ? 'sizes.' : this.optionLabel();
    return (preset ? PRESETS[preset].options(this.lang()) : this.options()).map((o) =>
      typeof o === 'string' ? { value: o, label: prefix + o, translate: true } : { ...o, translate: false },
    );
  });
}

/** Free text, searched when the user presses Enter. */
@Component({
  selector: 'cqo-search-filter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe, NzInputModule],
  template: `
    <nz-input-search class="search">
      <input
        #box
        nz-input
        type="search"
        [value]="current() ?? ''"
        (keyup.enter)="change(box.value.trim())"
        [placeholder]="placeholder() | transloco"
        [attr.aria-label]="'common.search' | transloco"
        [attr.data-testid]="testId()"
      />
    </nz-input-search>
  `,
  styles: `
    .search {
      display: flex;
      flex: 1 1 200px;
      max-width: 360px;
    }
  `,
})
export class SearchFilterComponent extends FilterControl<string> {
  /** Translation key. */
  readonly placeholder = input('common.search');
  readonly testId = input<string>();
}

/** A whole number from 0 (years of experience and the like). */
@Component({
  selector: 'cqo-number-filter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, TranslocoPipe, NzInputNumberModule, InnerLabelDirective],
  template: `
    <nz-input-number
      class="number"
      [ngModel]="current()"
      (ngModelChange)="change($event ?? null)"
      [nzMin]="0"
      [nzMax]="max()"
      [nzPlaceHolder]="label() | transloco"
      [attr.aria-label]="label() | transloco"
    />
  `,
  styles: `
    .number {
      width: 150px;
    }
  `,
})
export class NumberFilterComponent extends FilterControl<number> {
  readonly label = input.required<string>();
  readonly max = input(100);
}

/** A range of China days, kept as two yyyy-mm-dd filters (`from`, `to`): what the API and the URL take. */
@Component({
  selector: 'cqo-date-range-filter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, TranslocoPipe, NzDatePickerModule, InnerLabelDirective],
  template: `
    <nz-range-picker
      [ngModel]="range()"
      (ngModelChange)="changed($event)"
      [attr.aria-label]="label() | transloco"
    />
  `,
})
export class DateRangeFilterComponent {
  readonly list = input.required<FilterTarget>();
  readonly label = input.required<string>();
  protected readonly range = computed(() => {
    const { from, to } = this.list().filters() as { from?: string | null; to?: string | null };
    return from && to ? [new Date(`${from}T00:00:00+08:00`), new Date(`${to}T00:00:00+08:00`)] : [];
  });

  protected changed(range: Date[] | null): void {
    // The API's date filters are days in China, whatever the browser's time zone.
    this.list().set({
      from: range?.[0] ? chinaDate(range[0]) : null,
      to: range?.[1] ? chinaDate(range[1]) : null,
    });
  }
}

/** One control of a filter bar, described in the page's class. */
export type FilterBarControl =
  | {
      kind: 'choice';
      key: string;
      label?: string;
      preset?: Preset;
      options?: readonly (string | FilterOption)[];
      optionLabel?: string;
      multiple?: boolean;
      testId?: string;
    }
  | { kind: 'search'; key: string; placeholder?: string; testId?: string }
  | { kind: 'number'; key: string; label: string; max?: number }
  | { kind: 'dateRange'; label: string };

/**
 * The row of filters above a list, drawn from the page's description of them and bound to its
 * list; what the page adds (buttons, an import) comes after the filters.
 */
@Component({
  selector: 'cqo-filter-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChoiceFilterComponent, SearchFilterComponent, NumberFilterComponent, DateRangeFilterComponent],
  template: `
    <div class="filter-bar">
      @for (c of controls(); track $index) {
        @switch (c.kind) {
          @case ('choice') {
            <cqo-choice-filter
              [list]="list()"
              [key]="c.key"
              [preset]="c.preset"
              [label]="c.label"
              [options]="c.options ?? []"
              [optionLabel]="c.optionLabel ?? ''"
              [multiple]="!!c.multiple"
              [testId]="c.testId"
            />
          }
          @case ('search') {
            <cqo-search-filter
              [list]="list()"
              [key]="c.key"
              [placeholder]="c.placeholder ?? 'common.search'"
              [testId]="c.testId"
            />
          }
          @case ('number') {
            <cqo-number-filter [list]="list()" [key]="c.key" [label]="c.label" [max]="c.max ?? 100" />
          }
          @case ('dateRange') {
            <cqo-date-range-filter [list]="list()" [label]="c.label" />
          }
        }
      }
      <ng-content />
    </div>
  `,
})
export class FilterBarComponent {
  readonly list = input.required<FilterTarget>();
  readonly controls = input.required<readonly FilterBarControl[]>();
}
