import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { chinaDate, ENTERPRISE_SIZES } from '@cqo/rules';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { InnerLabelDirective } from '../inner-label.directive';
import { industryFilterOptions, zhuhaiDistrictOptions, type FilterOption } from './filter-options';

/**
 * The controls of list pages' filter bars. Each shows a value it is given and says when the user
 * changes it; the page hands the change to its ListPage, which puts it into the URL.
 */

/** A select over fixed choices: codes named through `optionLabel` + code, or ready-made options. */
@Component({
  selector: 'cqo-choice-filter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, TranslocoPipe, NzSelectModule, InnerLabelDirective],
  template: `
    <nz-select
      [class]="multiple() ? 'wide' : 'narrow'"
      [nzMode]="multiple() ? 'multiple' : 'default'"
      [ngModel]="value()"
      (ngModelChange)="valueChange.emit($event)"
      [nzAllowClear]="!multiple()"
      [nzShowSearch]="searchable()"
      [nzPlaceHolder]="label() | transloco"
      [attr.aria-label]="label() | transloco"
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
    }
  `,
})
export class ChoiceFilterComponent {
  /** Translation key of the placeholder and accessible name. */
  readonly label = input.required<string>();
  readonly options = input.required<readonly (string | FilterOption)[]>();
  /** Translation prefix for plain-code options ("sizes." → "sizes.large"). */
  readonly optionLabel = input('');
  readonly multiple = input(false);
  readonly searchable = input(false);
  readonly value = input<string | string[] | null>(null);
  readonly testId = input<string>();
  readonly valueChange = output<string | string[] | null>();
  protected readonly choices = computed(() =>
    this.options().map((o) =>
      typeof o === 'string'
        ? { value: o, label: this.optionLabel() + o, translate: true }
        : { ...o, translate: false },
    ),
  );
}

/** The district of Zhuhai (any code prefix of 4404). */
@Component({
  selector: 'cqo-district-filter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChoiceFilterComponent],
  template: `<cqo-choice-filter
    [label]="label()"
    [options]="districts"
    [value]="value()"
    (valueChange)="valueChange.emit($any($event))"
    [testId]="testId()"
  />`,
})
export class DistrictFilterComponent {
  readonly label = input('review.district');
  readonly value = input<string | null>(null);
  readonly testId = input<string>();
  readonly valueChange = output<string | null>();
  protected readonly districts = zhuhaiDistrictOptions();
}

/** The GB/T 4754 section or division, searchable by code or name. */
@Component({
  selector: 'cqo-industry-filter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChoiceFilterComponent],
  template: `<cqo-choice-filter
    [label]="label()"
    [options]="industries"
    [searchable]="true"
    [value]="value()"
    (valueChange)="valueChange.emit($any($event))"
    [testId]="testId()"
  />`,
})
export class IndustryFilterComponent {
  readonly label = input('dir.industry');
  readonly value = input<string | null>(null);
  readonly testId = input<string>();
  readonly valueChange = output<string | null>();
  protected readonly industries = industryFilterOptions();
}

/** Enterprise sizes (several may be chosen). */
@Component({
  selector: 'cqo-size-filter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChoiceFilterComponent],
  template: `<cqo-choice-filter
    [label]="label()"
    [options]="sizes"
    optionLabel="sizes."
    [multiple]="true"
    [value]="value()"
    (valueChange)="valueChange.emit($any($event))"
  />`,
})
export class SizeFilterComponent {
  readonly label = input('filing.sizeResult');
  readonly value = input<string[]>([]);
  readonly valueChange = output<string[]>();
  protected readonly sizes = ENTERPRISE_SIZES;
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
        [value]="value()"
        (keyup.enter)="searched.emit(box.value.trim())"
        [placeholder]="placeholder() ?? 'common.search' | transloco"
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
export class SearchFilterComponent {
  readonly value = input('');
  /** Translation key; "common.search" when not given. */
  readonly placeholder = input<string>();
  readonly testId = input<string>();
  readonly searched = output<string>();
}

/** A whole number from 0 (years of experience and the like). */
@Component({
  selector: 'cqo-number-filter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, TranslocoPipe, NzInputNumberModule, InnerLabelDirective],
  template: `
    <nz-input-number
      class="number"
      [ngModel]="value()"
      (ngModelChange)="valueChange.emit($event ?? null)"
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
export class NumberFilterComponent {
  readonly label = input.required<string>();
  readonly max = input(100);
  readonly value = input<number | null>(null);
  readonly valueChange = output<number | null>();
}

/** A range of China days, as yyyy-mm-dd strings (what the API and the URL take). */
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
  readonly label = input.required<string>();
  readonly from = input<string | null>(null);
  readonly to = input<string | null>(null);
  readonly rangeChange = output<{ from: string | null; to: string | null }>();
  protected readonly range = computed(() => {
    const from = this.from();
    const to = this.to();
    return from && to ? [new Date(`${from}T00:00:00+08:00`), new Date(`${to}T00:00:00+08:00`)] : [];
  });

  protected changed(range: Date[] | null): void {
    // The API's date filters are days in China, whatever the browser's time zone.
    this.rangeChange.emit({
      from: range?.[0] ? chinaDate(range[0]) : null,
      to: range?.[1] ? chinaDate(range[1]) : null,
    });
  }
}

/** Every filter control, for a page's `imports`. */
export const LIST_FILTERS = [
  ChoiceFilterComponent,
  DistrictFilterComponent,
  IndustryFilterComponent,
  SizeFilterComponent,
  SearchFilterComponent,
  NumberFilterComponent,
  DateRangeFilterComponent,
] as const;
