import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { chinaDate, type EnterpriseSize } from '@cqo/rules';
import { ISSUER_LEVELS, OPPORTUNITY_KINDS, type Opportunity, type OpportunityInput } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { prefixList, SegmentFieldsComponent } from '../../shared/segment-fields.component';
import { OpportunitiesApi } from './opportunities.api';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { Notice } from '../../shared/notice';

/** Staff post an opportunity with its structured eligibility. */
@Component({
  selector: 'cqo-opportunity-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    InnerLabelDirective,
    FormsModule,
    SegmentFieldsComponent,
    TranslocoPipe,
    NzButtonModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    NzSelectModule,
  ],
  template: `
    @if (opportunity(); as o) {
      <button nz-button (click)="edit(o)" data-testid="edit-opportunity">{{ 'ann.edit' | transloco }}</button>
    } @else {
      <button nz-button nzType="primary" (click)="open.set(true)" data-testid="new-opportunity">
        {{ 'opp.new' | transloco }}
      </button>
    }
    <nz-modal
      [nzVisible]="open()"
      [nzTitle]="'opp.new' | transloco"
      nzWidth="720px"
      (nzOnCancel)="open.set(false)"
      [nzFooter]="footer"
    >
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical">
          <div class="two">
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'opp.kind' | transloco }}</nz-form-label>
              <nz-select [(ngModel)]="input.kind" name="kind" [attr.aria-label]="'opp.kind' | transloco">
                @for (k of kinds; track k) {
                  <nz-option [nzValue]="k" [nzLabel]="'opp.kinds.' + k | transloco" />
                }
              </nz-select>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'opp.issuer' | transloco }}</nz-form-label>
              <nz-select
                [(ngModel)]="input.issuer"
                name="issuer"
                [attr.aria-label]="'opp.issuer' | transloco"
              >
                @for (l of levels; track l) {
                  <nz-option [nzValue]="l" [nzLabel]="'opp.levels.' + l | transloco" />
                }
              </nz-select>
            </nz-form-item>
          </div>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="opp-title">{{ 'opp.title' | transloco }}</nz-form-label>
            <input nz-input id="opp-title" name="title" [(ngModel)]="input.title" data-testid="opp-title" />
          </nz-form-item>
          <div class="two">
            <nz-form-item>
              <nz-form-label nzFor="opp-issuer-name">{{ 'opp.issuerName' | transloco }}</nz-form-label>
              <input nz-input id="opp-issuer-name" name="issuerName" [(ngModel)]="input.issuerName" />
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzFor="opp-benefit">{{ 'opp.benefit' | transloco }}</nz-form-label>
              <input
                nz-input
                id="opp-benefit"
                name="benefit"
                [(ngModel)]="input.benefit"
                data-testid="opp-benefit"
              />
            </nz-form-item>
          </div>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="opp-deadline">{{ 'opp.deadline' | transloco }}</nz-form-label>
            <input
              nz-input
              id="opp-deadline"
              name="deadline"
              type="date"
              [(ngModel)]="input.deadline"
              data-testid="opp-deadline"
            />
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="opp-body">{{ 'opp.body' | transloco }}</nz-form-label>
            <textarea nz-input id="opp-body" name="body" rows="4" [(ngModel)]="input.body"></textarea>
          </nz-form-item>
          <h4>{{ 'opp.criteria' | transloco }}</h4>
          <cqo-segment-fields
            testIdPrefix="opp"
            [(industries)]="industries"
            [(regions)]="regions"
            [(sizes)]="sizes"
          />
          <div class="two">
            <nz-form-item>
              <nz-form-label>{{ 'opp.minYears' | transloco }}</nz-form-label>
              <nz-input-number
                [(ngModel)]="minYears"
                name="minYears"
                [nzMin]="0"
                [nzMax]="60"
                [attr.aria-label]="'opp.minYears' | transloco"
              />
            </nz-form-item>
            <label nz-checkbox [(ngModel)]="requiresFiling" name="requiresFiling">{{
              'opp.requiresFiling' | transloco
            }}</label>
          </div>
          <nz-form-item>
            <nz-form-label nzFor="opp-other">{{ 'opp.otherConditions' | transloco }}</nz-form-label>
            <input nz-input id="opp-other" name="other" [(ngModel)]="other" />
          </nz-form-item>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button nzType="primary" (click)="save()" [nzLoading]="busy()" data-testid="opp-save">
          {{ 'opp.publish' | transloco }}
        </button>
      </ng-template>
    </nz-modal>
  `,
  styles: `
    .two {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 0 16px;
      align-items: center;
    }
  `,
})
export class OpportunityEditorComponent {
  private readonly api = inject(OpportunitiesApi);
  private readonly notice = inject(Notice);
  /** Given: edit this one; absent: post a new one. */
  readonly opportunity = input<Opportunity | null>(null);
  readonly saved = output<void>();
  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly kinds = OPPORTUNITY_KINDS;
  protected readonly levels = ISSUER_LEVELS;
  protected input: OpportunityInput = this.blank();
  protected sizes: EnterpriseSize[] = [];
  protected industries = '';
  protected regions = '';
  protected minYears: number | null = null;
  protected requiresFiling = false;
  protected other = '';

  private blank(): OpportunityInput {
    return {
      kind: 'subsidy',
      title: '',
      body: '',
      issuer: 'city',
      issuerName: '',
      benefit: '',
      deadline: '',
      criteria: {},
    };
  }

  edit(o: Opportunity): void {
    this.input = {
      kind: o.kind,
      title: o.title,
      body: o.body,
      issuer: o.issuer,
      issuerName: o.issuerName ?? '',
      benefit: o.benefit ?? '',
      // The date input shows the Beijing day of the deadline.
      deadline: chinaDate(new Date(o.deadline)),
      howToApply: o.howToApply ?? '',
      criteria: {},
    };
    this.sizes = o.criteria.sizes ?? [];
    this.industries = (o.criteria.industryPrefixes ?? []).join(', ');
    this.regions = (o.criteria.regionPrefixes ?? []).join(', ');
    this.minYears = o.criteria.minQualityYears ?? null;
    this.requiresFiling = !!o.criteria.requiresApprovedFiling;
    this.other = o.criteria.otherConditions ?? '';
    this.open.set(true);
  }

  async save(): Promise<void> {
    this.busy.set(true);
    const existing = this.opportunity();
    try {
      const body: OpportunityInput = {
        ...this.input,
        criteria: {
          sizes: this.sizes,
          industryPrefixes: prefixList(this.industries),
          regionPrefixes: prefixList(this.regions),
          ...(this.minYears ? { minQualityYears: this.minYears } : {}),
          requiresApprovedFiling: this.requiresFiling,
          ...(this.other.trim() ? { otherConditions: this.other.trim() } : {}),
        },
      };
      await firstValueFrom(existing ? this.api.update(existing.id, body) : this.api.create(body));
      this.notice.success('opp.saved');
      this.open.set(false);
      if (!existing) {
        this.input = this.blank();
        this.sizes = [];
        this.industries = this.regions = this.other = '';
      }
      this.saved.emit();
    } catch (e) {
      this.notice.failure(e);
    } finally {
      this.busy.set(false);
    }
  }
}
