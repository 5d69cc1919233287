import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  Permission,
  TRACKING_STATES,
  type Funnel,
  type Opportunity,
  type TrackingState,
} from '@cqo/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { AttachmentListComponent } from '../../shared/attachments/attachment-list.component';
import { industryLabel, regionLabel } from '../../shared/list/filter-options';
import { OpportunitiesApi } from './opportunities.api';
import { OpportunityEditorComponent } from './opportunity-editor.component';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { Notice } from '../../shared/notice';
import { LanguageService } from '../../core/i18n/i18n';

/** One opportunity: details, the member's tracking, and for staff the funnel. */
@Component({
  selector: 'cqo-opportunity-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    InnerLabelDirective,
    AttachmentListComponent,
    DatePipe,
    OpportunityEditorComponent,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzCardModule,
    NzDescriptionsModule,
    NzSelectModule,
    NzTagModule,
  ],
  template: `
    <section class="page">
      <a routerLink="/opportunities">← {{ 'opp.pageTitle' | transloco }}</a>
      @if (o(); as o) {
        <h1 class="page-title">{{ o.title }}</h1>
        @if (staff) {
          <p><cqo-opportunity-editor [opportunity]="o" (saved)="reload()" /></p>
        }
        <nz-card>
          <nz-descriptions nzBordered [nzColumn]="{ xs: 1, sm: 1, md: 2 }">
            <nz-descriptions-item [nzTitle]="'opp.kind' | transloco">{{
              'opp.kinds.' + o.kind | transloco
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'opp.issuer' | transloco">{{
              o.issuerName ?? ('opp.levels.' + o.issuer | transloco)
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'opp.benefit' | transloco">{{ o.benefit }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'opp.deadline' | transloco">
              {{ o.deadline | date: 'yyyy-MM-dd HH:mm' }}
              @if (!o.open) {
                <nz-tag>{{ 'opp.closed' | transloco }}</nz-tag>
              }
            </nz-descriptions-item>
            @if (o.howToApply) {
              <nz-descriptions-item [nzTitle]="'opp.howToApply' | transloco" [nzSpan]="2">{{
                o.howToApply
              }}</nz-descriptions-item>
            }
            <nz-descriptions-item [nzTitle]="'opp.criteria' | transloco" [nzSpan]="2">
              <ul class="criteria" data-testid="opp-criteria">
                @for (line of criteriaLines(o); track line) {
                  <li>{{ line }}</li>
                } @empty {
                  <li>{{ 'opp.openToAll' | transloco }}</li>
                }
              </ul>
            </nz-descriptions-item>
          </nz-descriptions>
          <article class="body" [innerHTML]="o.bodyHtml"></article>
          <cqo-attachment-list
            [files]="o.attachments ?? []"
            [base]="'/api/opportunities/' + o.id + '/attachments'"
            [editable]="staff"
            (changed)="reload()"
          />
        </nz-card>
        @if (member) {
          <nz-card class="gap" [nzTitle]="'opp.myTracking' | transloco">
            <nz-select
              class="state"
              [ngModel]="o.tracking"
              (ngModelChange)="track($event)"
              [nzPlaceHolder]="'opp.trackPlaceholder' | transloco"
              [attr.aria-label]="'opp.myTracking' | transloco"
              data-testid="opp-track"
            >
              @for (s of states; track s) {
                <nz-option [nzValue]="s" [nzLabel]="'opp.states.' + s | transloco" />
              }
            </nz-select>
          </nz-card>
        }
        @if (funnel(); as f) {
          <nz-card class="gap" [nzTitle]="'opp.funnel' | transloco" data-testid="opp-funnel">
            @for (s of states; track s) {
              <nz-tag>{{ 'opp.states.' + s | transloco }} {{ f[s] }}</nz-tag>
            }
          </nz-card>
        }
      }
    </section>
  `,
  styles: `
    .gap {
      margin-top: 16px;
    }
    .state {
      min-width: 200px;
    }
    .body {
      margin-top: 16px;
      line-height: 1.8;
    }
    .criteria {
      margin: 0;
      padding-left: 16px;
    }
  `,
})
export class OpportunityDetailPage {
  private readonly api = inject(OpportunitiesApi);
  private readonly auth = inject(AuthService);
  private readonly notice = inject(Notice);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).lang;
  readonly id = input.required<string>();
  protected readonly member = this.auth.can(Permission.MemberOwn);
  protected readonly staff = this.auth.can(Permission.ContentPublish);
  protected readonly states = TRACKING_STATES;
  protected readonly o = signal<Opportunity | null>(null);
  protected readonly funnel = signal<Funnel | null>(null);

  constructor() {
    effect(() => void this.load(this.id()));
  }

  private async load(id: string): Promise<void> {
    this.o.set(await firstValueFrom(this.api.get(id)));
    if (this.auth.can(Permission.ContentPublish)) this.funnel.set(await firstValueFrom(this.api.funnel(id)));
  }

  /** The structured eligibility in words, one line per criterion, then the conditions in words. */
  criteriaLines(o: Opportunity): string[] {
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    const c = o.criteria;
    const lang = this.lang();
    const list = (items: string[]) => items.join(t('common.listSeparator'));
    return [
      c.sizes?.length && t('opp.criteriaSizes', { list: list(c.sizes.map((s) => t('sizes.' + s))) }),
      c.industryPrefixes?.length &&
        t('opp.criteriaIndustries', { list: list(c.industryPrefixes.map((p) => industryLabel(p, lang))) }),
      c.regionPrefixes?.length &&
        t('opp.criteriaRegions', { list: list(c.regionPrefixes.map((p) => regionLabel(p, lang))) }),
      c.minQualityYears && t('opp.criteriaYears', { years: c.minQualityYears }),
      c.requiresApprovedFiling && t('opp.requiresFiling'),
      c.otherConditions && t('opp.criteriaOther', { text: c.otherConditions }),
    ].filter((line): line is string => !!line);
  }

  async reload(): Promise<void> {
    await this.load(this.id());
  }

  async track(state: TrackingState): Promise<void> {
    try {
      this.o.set(await firstValueFrom(this.api.track(this.id(), state)));
      this.notice.success('opp.tracked');
    } catch (e) {
      this.notice.failure(e);
    }
  }
}
