import { ChangeDetectionStrategy, Component, computed, inject, input, model, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { industryChildren, industryPath, searchIndustries, type Industry } from '@cqo/rules';
import { NzCascaderModule, type NzCascaderOption } from 'ng-zorro-antd/cascader';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { LanguageService } from '../../core/i18n/i18n';
import { InnerLabelDirective } from '../inner-label.directive';

const toOption = (i: Industry): NzCascaderOption => ({
  value: i.code,
  label: `${i.code} ${i.name}`,
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
          <nz-option [nzValue]="o.code" [nzLabel]="o.code + ' ' + o.name" />
        }
      </nz-select>
      <nz-cascader
        class="browse"
        [nzOptions]="roots"
        [nzLoadData]="loadChildren"
        [ngModel]="path()"
        (ngModelChange)="onCascade($event)"
        [nzPlaceHolder]="'industry.browse' | transloco"
        [nzChangeOnSelect]="false"
        [nzDisabled]="disabled()"
        [nzStatus]="status()"
        [attr.aria-label]="'industry.browse' | transloco"
      />
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
  protected readonly roots = industryChildren(null).map(toOption);
  protected readonly path = computed(() => industryPath(this.value() ?? '').map((i) => i.code));
  protected readonly matches = computed(() => {
    const found = this.query() ? searchIndustries(this.query(), 40).filter((i) => i.level === 'class') : [];
    const current = this.value();
    const selected = current ? industryPath(current).at(-1) : undefined;
    return selected && !found.some((f) => f.code === selected.code) ? [selected, ...found] : found;
  });

  protected readonly loadChildren = (node: NzCascaderOption, index: number): PromiseLike<void> => {
    void index;
    node.children = industryChildren(String(node.value)).map(toOption);
    return Promise.resolve();
  };

  protected onCascade(codes: string[] | null): void {
    const last = codes?.at(-1);
    if (last && last.length === 4) this.value.set(last);
    else if (!codes?.length) this.value.set(null);
  }
}
