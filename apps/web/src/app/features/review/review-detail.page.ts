import { DatePipe, KeyValuePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { Filing } from '@cqo/contracts';
import { regionFullNameIn } from '@cqo/rules';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { firstValueFrom } from 'rxjs';
import { filingFieldLabel } from '../../shared/filing/field-label';
import { COMMENTABLE_FIELDS } from '../../shared/filing/filing-fields';
import { saveBlob } from '../../shared/save-blob';
import { AttachmentKindsComponent } from '../../shared/attachments/attachment-kinds.component';
import { FILING_ATTACHMENT_KINDS, filingAttachmentsBase } from '../../shared/filing/filing-attachments';
import { FilingApi } from '../filing';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { Notice } from '../../shared/notice';
import { IndustryNamePipe } from '../../shared/code-names.pipe';
import { LanguageService } from '../../core/i18n/i18n';

/** One filing for staff: the form, the rules' results, audited reveal, and the decision. */
@Component({
  selector: 'cqo-review-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    IndustryNamePipe,
    InnerLabelDirective,
    DatePipe,
    KeyValuePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    AttachmentKindsComponent,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzInputModule,
    NzSelectModule,
    NzTagModule,
    NzTimelineModule,
  ],
  template: `
    <section class="page">
      <p>
        <a routerLink="/review">← {{ 'review.queue' | transloco }}</a>
      </p>
      @if (filing(); as f) {
        <h1 class="page-title">
          {{ f.enterprise.name }} · {{ f.cqo.name }}
          <nz-tag data-testid="review-status">{{ 'filing.status.' + f.status | transloco }}</nz-tag>
        </h1>
        <nz-card [nzTitle]="'review.rulesResults' | transloco" class="gap">
          <p>
            {{ 'filing.sizeResult' | transloco }}{{ 'common.colon' | transloco
            }}{{ f.enterpriseSize ? ('sizes.' + f.enterpriseSize | transloco) : '—' }}
          </p>
          <p>
            {{ 'filing.eligibility' | transloco }}{{ 'common.colon' | transloco
            }}{{ f.eligibilityOutcome ? ('filing.outcome.' + f.eligibilityOutcome | transloco) : '—' }}
          </p>
        </nz-card>
        <nz-card [nzTitle]="'filing.steps.enterprise' | transloco" class="gap">
          <nz-descriptions
            nzBordered
            [nzColumn]="{ xxl: 2, xl: 2, lg: 2, md: 1, sm: 1, xs: 1 }"
            nzSize="small"
          >
            <nz-descriptions-item [nzTitle]="'filing.f.creditCode' | transloco">{{
              f.enterprise.creditCode
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.industryCode' | transloco">{{
              f.enterprise.industryCode | industry: 'code'
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.regionCode' | transloco">{{
              region(f.enterprise.regionCode)
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.nature' | transloco">{{
              f.enterprise.nature ? ('filing.nature.' + f.enterprise.nature | transloco) : ''
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.employees' | transloco">{{
              f.enterprise.employees
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.revenue' | transloco">{{
              f.enterprise.revenue
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.totalAssets' | transloco">{{
              f.enterprise.totalAssets
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.mainProducts' | transloco">{{
              f.enterprise.mainProducts
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.address' | transloco"
              >{{ f.enterprise.address }} {{ f.enterprise.postcode }}</nz-descriptions-item
            >
            <nz-descriptions-item [nzTitle]="'filing.f.legalRepresentative' | transloco"
              >{{ f.enterprise.legalRepresentative?.name }} {{ f.enterprise.legalRepresentative?.position }}
              {{ f.enterprise.legalRepresentative?.mobile }}</nz-descriptions-item
            >
            <nz-descriptions-item [nzTitle]="'filing.f.qualityLead' | transloco"
              >{{ f.enterprise.qualityLead?.name }} {{ f.enterprise.qualityLead?.position }}
              {{ f.enterprise.qualityLead?.mobile }}</nz-descriptions-item
            >
          </nz-descriptions>
        </nz-card>
        <nz-card [nzTitle]="'filing.steps.cqo' | transloco" class="gap">
          <nz-descriptions
            nzBordered
            [nzColumn]="{ xxl: 2, xl: 2, lg: 2, md: 1, sm: 1, xs: 1 }"
            nzSize="small"
          >
            <nz-descriptions-item [nzTitle]="'filing.f.idNumber' | transloco">
              <span data-testid="id-number-shown">{{ revealed()['idNumber'] ?? f.cqo.idNumber }}</span>
              @if (!revealed()['idNumber']) {
                <button
                  nz-button
                  nzType="link"
                  nzSize="small"
                  (click)="askReveal('idNumber')"
                  data-testid="reveal-id"
                >
                  {{ 'review.reveal' | transloco }}
                </button>
              }
            </nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.mobile' | transloco">
              {{ revealed()['mobile'] ?? f.cqo.mobile }}
              @if (!revealed()['mobile']) {
                <button nz-button nzType="link" nzSize="small" (click)="askReveal('mobile')">
                  {{ 'review.reveal' | transloco }}
                </button>
              }
            </nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.sex' | transloco">{{
              f.cqo.sex ? ('filing.sex.' + f.cqo.sex | transloco) : ''
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.birthDate' | transloco">{{
              f.cqo.birthDate
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.education' | transloco">{{
              f.cqo.education ? ('filing.education.' + f.cqo.education | transloco) : ''
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.qualityYears' | transloco">{{
              f.cqo.qualityYears
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.position' | transloco">{{
              f.cqo.position
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.cqoEmail' | transloco">{{
              f.cqo.email
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.appointedOn' | transloco">{{
              f.cqo.appointedOn
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'filing.f.trainingCertificateNo' | transloco"
              >{{ f.cqo.trainingCertificateNo }} {{ f.cqo.certificateIssuer }}</nz-descriptions-item
            >
            <nz-descriptions-item [nzTitle]="'filing.f.resume' | transloco">{{
              f.cqo.resume
            }}</nz-descriptions-item>
          </nz-descriptions>
          <p class="bar">
            <button nz-button (click)="downloadForm()">{{ 'filing.downloadForm' | transloco }}</button>
          </p>
        </nz-card>
        <nz-card [nzTitle]="'attachments.title' | transloco" class="gap" data-testid="review-attachments">
          <cqo-attachment-kinds
            [base]="attachmentsBase(f.id)"
            [kinds]="attachmentKinds"
            [files]="f.attachments ?? []"
          />
        </nz-card>

        @if (revealing(); as field) {
          <nz-card class="gap">
            <label for="reveal-reason">{{ 'review.revealReason' | transloco }}</label>
            <input nz-input id="reveal-reason" [(ngModel)]="revealReason" data-testid="reveal-reason" />
            <p class="bar">
              <button
                nz-button
                nzType="primary"
                [disabled]="!revealReason.trim()"
                (click)="reveal(field)"
                data-testid="reveal-confirm"
              >
                {{ 'review.reveal' | transloco }}
              </button>
              <button nz-button (click)="revealing.set(null)">{{ 'common.cancel' | transloco }}</button>
            </p>
          </nz-card>
        }

        @if (f.status === 'submitted') {
          <nz-card [nzTitle]="'review.comment' | transloco" class="gap">
            <textarea
              nz-input
              rows="3"
              [(ngModel)]="comment"
              [attr.aria-label]="'review.comment' | transloco"
              data-testid="review-comment"
            ></textarea>
            <h3 class="sub">{{ 'review.fieldComments' | transloco }}</h3>
            @for (row of fieldRows(); track $index) {
              <div class="field-row">
                <nz-select
                  nzShowSearch
                  [(ngModel)]="row.field"
                  class="field-select"
                  [nzPlaceHolder]="'review.field' | transloco"
                  [attr.aria-label]="'review.field' | transloco"
                  data-testid="field-select"
                >
                  @for (key of commentable; track key) {
                    <nz-option [nzValue]="key" [nzLabel]="fieldLabel(key)" />
                  }
                </nz-select>
                <input
                  nz-input
                  [(ngModel)]="row.text"
                  [attr.aria-label]="'review.comment' | transloco"
                  data-testid="field-comment"
                />
              </div>
            }
            <p>
              <button
                nz-button
                nzType="dashed"
                (click)="fieldRows.set([...fieldRows(), { field: null, text: '' }])"
                data-testid="add-field-comment"
              >
                + {{ 'review.addFieldComment' | transloco }}
              </button>
            </p>
            <div class="bar">
              <button nz-button nzType="primary" (click)="decide('approve')" data-testid="approve">
                {{ 'review.approve' | transloco }}
              </button>
              <button nz-button (click)="decide('return')" data-testid="return">
                {{ 'review.return' | transloco }}
              </button>
              <button nz-button nzDanger (click)="decide('reject')" data-testid="reject">
                {{ 'review.reject' | transloco }}
              </button>
            </div>
          </nz-card>
        }

        <nz-card [nzTitle]="'filing.timeline' | transloco">
          <nz-timeline>
            @for (ev of f.events ?? []; track ev.id) {
              <nz-timeline-item>
                <strong>{{ 'filing.actions.' + ev.action | transloco }}</strong> ·
                {{ ev.createdAt | date: 'yyyy-MM-dd HH:mm' }} · {{ ev.actorName }}
                @if (ev.comment) {
                  <div>{{ ev.comment }}</div>
                }
                @for (fc of ev.fieldComments | keyvalue; track fc.key) {
                  <div class="muted">
                    {{ fieldLabel(fc.key) }}{{ 'common.colon' | transloco }}{{ fc.value }}
                  </div>
                }
              </nz-timeline-item>
            }
          </nz-timeline>
        </nz-card>
      } @else {
        <p class="muted">{{ 'common.loading' | transloco }}</p>
      }
    </section>
  `,
  styles: `
    .gap {
      margin-bottom: 16px;
    }
    .bar {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin-top: 12px;
    }
    .sub {
      font-size: 14px;
      margin: 12px 0 8px;
    }
    .field-row {
      display: flex;
      gap: 8px;
      margin-bottom: 8px;
      flex-wrap: wrap;
    }
    .field-select {
      width: 220px;
    }
    .field-row input {
      flex: 1 1 200px;
    }
  `,
})
export class ReviewDetailPage implements OnInit {
  /** Route parameter. */
  readonly id = input.required<string>();
  private readonly api = inject(FilingApi);
  private readonly notice = inject(Notice);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).lang;
  protected readonly commentable = COMMENTABLE_FIELDS;
  protected readonly attachmentKinds = FILING_ATTACHMENT_KINDS;
  protected readonly attachmentsBase = filingAttachmentsBase;
  protected readonly filing = signal<Filing | null>(null);
  protected readonly revealed = signal<Partial<Record<'idNumber' | 'mobile', string>>>({});
  protected readonly revealing = signal<'idNumber' | 'mobile' | null>(null);
  protected readonly fieldRows = signal<{ field: string | null; text: string }[]>([]);
  protected comment = '';
  protected revealReason = '';

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.filing.set(await firstValueFrom(this.api.get(this.id())));
    } catch (e) {
      this.fail(e);
    }
  }

  region(code: string | null | undefined): string {
    return code ? regionFullNameIn(this.lang(), code) : '';
  }
  fieldLabel(field: string): string {
    return filingFieldLabel(this.transloco, field);
  }

  askReveal(field: 'idNumber' | 'mobile'): void {
    this.revealReason = '';
    this.revealing.set(field);
  }

  async reveal(field: 'idNumber' | 'mobile'): Promise<void> {
    try {
      const res = await firstValueFrom(this.api.reveal(this.id(), field, this.revealReason.trim()));
      this.revealed.update((r) => ({ ...r, [field]: res.value }));
      this.revealing.set(null);
    } catch (e) {
      this.fail(e);
    }
  }

  async decide(decision: 'approve' | 'return' | 'reject'): Promise<void> {
    const fieldComments = Object.fromEntries(
      this.fieldRows()
        .filter((r) => r.field && r.text.trim())
        .map((r) => [r.field as string, r.text.trim()]),
    );
    try {
      await firstValueFrom(
        this.api.review(this.id(), {
          decision,
          comment: this.comment.trim() || undefined,
          fieldComments: Object.keys(fieldComments).length ? fieldComments : undefined,
        }),
      );
      this.notice.success('review.decided');
      this.fieldRows.set([]);
      this.comment = '';
      await this.load();
    } catch (e) {
      this.fail(e);
    }
  }

  async downloadForm(): Promise<void> {
    const res = await firstValueFrom(this.api.download(`/api/filings/${this.id()}/registration-form.docx`));
    if (res.body) saveBlob(res.body, `首席质量官登记表-${this.filing()?.enterprise.name ?? this.id()}.docx`);
  }

  private fail(e: unknown): void {
    this.notice.failure(e);
  }
}
