import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  classifyEnterpriseSize,
  formatMessage,
  SIZE_INDICATORS,
  sizeGroupFor,
  type EnterpriseSize,
  type SizeIndicator,
} from '@cqo/rules';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LanguageService } from '../../core/i18n/i18n';
import { IndustryPickerComponent } from '../../shared/industry-picker/industry-picker.component';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { KeyboardScrollDirective } from '../../shared/keyboard-scroll.directive';
import { PageComponent } from '../../shared/page.component';

const UNITS: Record<SizeIndicator, string> = {
  employees: 'sizeCalc.unitPersons',
  revenue: 'sizeCalc.unitWan',
  totalAssets: 'sizeCalc.unitWan',
};
const SIZE_COLORS: Record<EnterpriseSize, string> = {
  large: 'volcano',
  medium: 'gold',
  small: 'green',
  micro: 'cyan',
};

/** 企业规模测算: the 2017 standard, live, with the explanation and the thresholds of the group used. */
@Component({
  selector: 'cqo-size-calculator-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PageComponent,
    KeyboardScrollDirective,
    InnerLabelDirective,
    DecimalPipe,
    FormsModule,
    TranslocoPipe,
    IndustryPickerComponent,
    NzCardModule,
    NzFormModule,
    NzGridModule,
    NzInputNumberModule,
    NzTableModule,
    NzTagModule,
    NzAlertModule,
  ],
  template: `
    <cqo-page heading="nav.sizeCalculator" lead="sizeCalc.lead">
      <div nz-row [nzGutter]="[16, 16]">
        <div nz-col [nzXs]="24" [nzLg]="12">
          <nz-card [nzTitle]="'sizeCalc.inputs' | transloco">
            <form nz-form nzLayout="vertical" (submit)="$event.preventDefault()">
              <nz-form-item>
                <nz-form-label nzFor="industry" nzRequired>{{
                  'sizeCalc.industry' | transloco
                }}</nz-form-label>
                <nz-form-control>
                  <cqo-industry-picker [(value)]="industryCode" inputId="industry" />
                </nz-form-control>
              </nz-form-item>
              @for (indicator of indicators; track indicator) {
                <nz-form-item>
                  <nz-form-label [nzFor]="indicator"
                    >{{ 'sizeCalc.' + indicator | transloco }} ({{
                      units[indicator] | transloco
                    }})</nz-form-label
                  >
                  <nz-form-control [nzExtra]="listed()[indicator] ? '' : ('sizeCalc.notUsed' | transloco)">
                    <nz-input-number
                      class="full-width"
                      [nzId]="indicator"
                      [nzMin]="0"
                      [nzStep]="1"
                      [ngModel]="values()[indicator]"
                      (ngModelChange)="setValue(indicator, $event)"
                      [nzDisabled]="!listed()[indicator]"
                      [attr.data-testid]="'input-' + indicator"
                      [name]="indicator"
                    />
                  </nz-form-control>
                </nz-form-item>
              }
            </form>
          </nz-card>
        </div>
        <div nz-col [nzXs]="24" [nzLg]="12">
          <nz-card [nzTitle]="'sizeCalc.result' | transloco" data-testid="size-result">
            @if (result(); as r) {
              @if (r.size) {
                <p class="size">
                  <nz-tag [nzColor]="sizeColors[r.size]" class="size-tag" data-testid="size-value">{{
                    'sizes.' + r.size | transloco
                  }}</nz-tag>
                </p>
              } @else {
                <nz-alert
                  [nzType]="r.status === 'invalid-input' ? 'error' : 'info'"
                  [nzMessage]="'sizeCalc.status.' + r.status | transloco"
                  nzShowIcon
                  class="gap"
                  data-testid="size-status"
                />
              }
              <ul class="explain">
                @for (e of r.explanation; track $index) {
                  <li>{{ text(e.code, e.params) }}</li>
                }
              </ul>
              @if (r.group) {
                <h3 class="sub">{{ 'sizeCalc.thresholds' | transloco: { group: r.group.name } }}</h3>
                <nz-table
                  [nzData]="r.indicators"
                  [nzShowPagination]="false"
                  nzSize="small"
                  [nzScroll]="{ x: '420px' }"
                  [attr.aria-label]="'sizeCalc.table' | transloco"
                >
                  <thead>
                    <tr>
                      <th>{{ 'sizeCalc.indicator' | transloco }}</th>
                      <th>{{ 'sizes.large' | transloco }}</th>
                      <th>{{ 'sizes.medium' | transloco }}</th>
                      <th>{{ 'sizes.small' | transloco }}</th>
                      <th>{{ 'sizes.micro' | transloco }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of r.indicators; track row.indicator) {
                      <tr>
                        <td>
                          {{ 'sizeCalc.' + row.indicator | transloco }} ({{
                            units[row.indicator] | transloco
                          }})
                        </td>
                        <td [class.hit]="row.tier === 'large'">≥ {{ row.bounds.large | number }}</td>
                        <td [class.hit]="row.tier === 'medium'">
                          {{ row.bounds.medium | number }} – {{ row.bounds.large | number }}
                        </td>
                        <td [class.hit]="row.tier === 'small'">
                          {{ row.bounds.small | number }} – {{ row.bounds.medium | number }}
                        </td>
                        <td [class.hit]="row.tier === 'micro'">&lt; {{ row.bounds.small | number }}</td>
                      </tr>
                    }
                  </tbody>
                </nz-table>
              }
            } @else {
              <p class="muted">{{ 'sizeCalc.pickIndustry' | transloco }}</p>
            }
            <p class="note muted">{{ 'sizeCalc.note' | transloco }}</p>
          </nz-card>
        </div>
      </div>
    </cqo-page>
  `,
  styles: `
    .size {
      margin: 0 0 12px;
    }
    .size-tag {
      font-size: 20px;
      line-height: 36px;
      padding: 0 16px;
    }
    .explain {
      padding-left: 18px;
      line-height: 1.8;
    }
    .sub {
      font-size: 14px;
      margin: 16px 0 8px;
    }
    .hit {
      background: #e6f4ff;
      font-weight: 600;
    }
    .gap {
      margin-bottom: 12px;
    }
    .note {
      font-size: 12px;
      margin-top: 16px;
    }
  `,
})
export class SizeCalculatorPage {
  private readonly lang = inject(LanguageService).lang;
  protected readonly indicators = SIZE_INDICATORS;
  protected readonly units = UNITS;
  protected readonly sizeColors = SIZE_COLORS;
  protected readonly industryCode = signal<string | null>(null);
  protected readonly values = signal<Record<SizeIndicator, number | null>>({
    employees: null,
    revenue: null,
    totalAssets: null,
  });

  /** Which indicators the chosen industry's group lists (all enabled until an industry is chosen). */
  protected readonly listed = computed(() => {
    const group = this.industryCode() ? sizeGroupFor(this.industryCode() as string) : undefined;
    return Object.fromEntries(SIZE_INDICATORS.map((i) => [i, !group || !!group.indicators[i]])) as Record<
      SizeIndicator,
      boolean
    >;
  });

  protected readonly result = computed(() => {
    const industryCode = this.industryCode();
    return industryCode ? classifyEnterpriseSize({ industryCode, ...this.values() }) : null;
  });

  setValue(indicator: SizeIndicator, value: number | null): void {
    this.values.update((v) => ({
      ...v,
      [indicator]: typeof value === 'number' && Number.isFinite(value) ? value : null,
    }));
  }

  text(code: string, params?: Record<string, string | number>): string {
    return formatMessage(this.lang(), code, params);
  }
}
