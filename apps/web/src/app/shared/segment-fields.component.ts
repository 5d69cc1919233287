import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Audience } from '@cqo/contracts';
import { ENTERPRISE_SIZES, type EnterpriseSize } from '@cqo/rules';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { InnerLabelDirective } from './inner-label.directive';

/** "Industries, regions, sizes" as staff write them, into prefix lists (commas, 、 or spaces). */
export function prefixList(text: string): string[] {
  return text
    .split(/[\s,，、]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The segment the three fields describe, as an audience (the one targeting rule). */
export function segmentAudience(industries: string, regions: string, sizes: EnterpriseSize[]): Audience {
  return {
    type: 'segment',
    industryPrefixes: prefixList(industries),
    regionPrefixes: prefixList(regions),
    sizes,
  };
}

/**
 * The three fields that pick enterprises (an announcement's audience, an opportunity's criteria):
 * industry prefixes, region prefixes and sizes. `testIdPrefix` keeps the page's test ids.
 */
@Component({
  selector: 'cqo-segment-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [InnerLabelDirective, FormsModule, TranslocoPipe, NzFormModule, NzInputModule, NzSelectModule],
  template: `
    <nz-form-item>
      <nz-form-label [nzFor]="testIdPrefix() + '-industries'">{{
        'ann.industries' | transloco
      }}</nz-form-label>
      <input
        nz-input
        [id]="testIdPrefix() + '-industries'"
        [name]="testIdPrefix() + '-industries'"
        [ngModel]="industries()"
        (ngModelChange)="industries.set($event)"
        placeholder="C, 39"
        [attr.data-testid]="testIdPrefix() + '-industries'"
      />
    </nz-form-item>
    <nz-form-item>
      <nz-form-label [nzFor]="testIdPrefix() + '-regions'">{{ 'ann.regions' | transloco }}</nz-form-label>
      <input
        nz-input
        [id]="testIdPrefix() + '-regions'"
        [name]="testIdPrefix() + '-regions'"
        [ngModel]="regions()"
        (ngModelChange)="regions.set($event)"
        placeholder="4404"
        [attr.data-testid]="testIdPrefix() + '-regions'"
      />
    </nz-form-item>
    <nz-form-item>
      <nz-form-label>{{ 'ann.sizes' | transloco }}</nz-form-label>
      <nz-select
        nzMode="multiple"
        [attr.aria-label]="'ann.sizes' | transloco"
        [name]="testIdPrefix() + '-sizes'"
        [ngModel]="sizes()"
        (ngModelChange)="sizes.set($event)"
        [attr.data-testid]="testIdPrefix() + '-sizes'"
      >
        @for (s of sizeOptions; track s) {
          <nz-option [nzValue]="s" [nzLabel]="'sizes.' + s | transloco" />
        }
      </nz-select>
    </nz-form-item>
  `,
})
export class SegmentFieldsComponent {
  readonly testIdPrefix = input.required<string>();
  readonly industries = model('');
  readonly regions = model('');
  readonly sizes = model<EnterpriseSize[]>([]);
  protected readonly sizeOptions = ENTERPRISE_SIZES;
}
