import { ChangeDetectionStrategy, Component, computed, inject, input, model, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  industryChildren,
  industryLabelIn,
  industryNameEn,
  industryPath,
  searchIndustries,
  type Industry,
} from '@cqo/rules';
import { NzCascaderModule, type NzCascaderOption } from 'ng-zorro-antd/cascader';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { LanguageService, type Lang } from '../../core/i18n/i18n';
import { InnerLabelDirective } from '../inner-label.directive';

/**
 * A level of the standard as the picker lists it: code and name. Sections and divisions have
 * English names; groups and classes have only the standard's Chinese ones, which the list keeps
 * (a class is chosen by what it says), while the chosen value reads in English.
 */
const nameIn = (i: Industry, lang: Lang) => (lang === 'en' && industryNameEn(i.code)) || i.name;
const toOption = (i: Industry, lang: Lang): NzCascaderOption => ({
  value: i.code,
  label: `${i.code} ${nameIn(i, lang)}`,
  isLeaf: i.level === 'class',
});

/**
 * GB/T 4754-2017 industry picker: a four-level cascader to browse, and a search box by code or
 * name. Only 4-digit classes can be chosen, as the source requires (精确到小类).
 */
@Component({
  selector: 'cqo-industry-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [InnerLabelDirective, FormsModule, TranslocoPipe, NzCascaderModule, NzSelectModule],
  template: `
    <div class="picker">
      <nz-select
        class="search"
        nzShowSearch
        nzServerSearch
        nzAllowClear
        [nzPlaceHolder]="'industry.searchPlaceholder' | transloco"
        [ngModel]="value()"
        (ngModelChange)="value.set($event)"
        (nzOnSearch)="query.set($event)"
        [attr.aria-label]="'industry.search' | transloco"
        [nzId]="inputId()"
        [nzDisabled]="disabled()"
        [nzStatus]="status()"
        data-testid="industry-search"
      >
        @for (o of matches(); track o.code) {
          <nz-option [nzValue]="o.code" [nzLabel]="chosenLabel(o)" nzCustomContent
            >{{ o.code }} {{ o.name }}</nz-option
          >
        }
      </nz-select>
      <nz-cascader
        class="browse"
        [nzLabelRender]="chosen"
        [nzOptions]="roots()"
        [nzLoadData]="loadChildren"
        [ngModel]="path()"
        (ngModelChange)="onCascade($event)"
        [nzPlaceHolder]="'industry.browse' | transloco"
        [nzChangeOnSelect]="false"
        [nzDisabled]="disabled()"
        [nzStatus]="status()"
        [attr.aria-label]="'industry.browse' | transloco"
      />
      <ng-template #chosen let-selectedOptions="selectedOptions">{{
        cascadeLabel(selectedOptions)
      }}</ng-template>
    </div>
  `,
  styles: `
    .picker {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .search {
      flex: 1 1 260px;
      min-width: 0;
    }
    .browse {
      flex: 1 1 260px;
      min-width: 0;
    }
  `,
})
export class IndustryPickerComponent {
  /** The chosen 4-digit class code. */
  readonly value = model<string | null>(null);
  readonly inputId = input<string>('industry');
  /** Read-only (a submitted or approved filing): it must look so too. */
  readonly disabled = input(false);
  /** 'error' outlines it red (required and empty, or refused). */
  readonly status = input<'error' | ''>('');
  protected readonly lang = inject(LanguageService).lang;
  protected readonly query = signal('');
  protected readonly roots = computed(() => industryChildren(null).map((i) => toOption(i, this.lang())));
  protected readonly path = computed(() => industryPath(this.value() ?? '').map((i) => i.code));
  protected readonly matches = computed(() => {
    const found = this.query() ? searchIndustries(this.query(), 40).filter((i) => i.level === 'class') : [];
    const current = this.value();
    const selected = current ? industryPath(current).at(-1) : undefined;
    return selected && !found.some((f) => f.code === selected.code) ? [selected, ...found] : found;
  });

  protected readonly loadChildren = (node: NzCascaderOption, index: number): PromiseLike<void> => {
    void index;
    node.children = industryChildren(String(node.value)).map((i) => toOption(i, this.lang()));
    return Promise.resolve();
  };

  /** The chosen class as the search box shows it: its Chinese name, or in English its division and code. */
  protected chosenLabel(i: Industry): string {
    return this.lang() === 'en' ? industryLabelIn('en', i.code) : `${i.code} ${i.name}`;
  }

  /** The cascader's chosen path: "C 制造业 / … / 3911 计算机整机制造", or in English the class in English words. */
  protected cascadeLabel(options: NzCascaderOption[]): string {
    const last = options.at(-1);
    if (this.lang() === 'en' && last) return industryLabelIn('en', String(last.value));
    return options.map((o) => o.label).join(' / ');
  }

  protected onCascade(codes: string[] | null): void {
    const last = codes?.at(-1);
    if (last && last.length === 4) this.value.set(last);
    else if (!codes?.length) this.value.set(null);
  }
}
