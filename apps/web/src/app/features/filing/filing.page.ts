import { DatePipe, KeyValuePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule, ReactiveFormsModule, type FormControl } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { isEditableFiling, isOpenFiling, type Filing, type FieldError } from '@cqo/contracts';
import {
  formatMessage,
  regionNameIn,
  regionPath,
  regionTree,
  validateResidentId,
  type Region,
} from '@cqo/rules';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCascaderModule, type NzCascaderOption } from 'ng-zorro-antd/cascader';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzStepsModule } from 'ng-zorro-antd/steps';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { firstValueFrom, startWith } from 'rxjs';
import { toClientError } from '../../core/api/api-error';
import { LanguageService, type Lang } from '../../core/i18n/i18n';
import { applyServerErrors, errorText } from '../../shared/form-errors';
import { IndustryPickerComponent } from '../../shared/industry-picker/industry-picker.component';
import { filingFieldLabel } from '../../shared/filing/field-label';
import { fieldsOfStep, stepOf, type FilingField } from '../../shared/filing/filing-fields';
import { FormFieldComponent } from '../../shared/filing/form-field.component';
import { saveBlob } from '../../shared/save-blob';
import { FilingApi } from './filing.api';
import { AttachmentKindsComponent } from '../../shared/attachments/attachment-kinds.component';
import { FILING_ATTACHMENT_KINDS, filingAttachmentsBase } from '../../shared/filing/filing-attachments';
import { FilingFormFactory, liveCheck, toBody } from './filing-form';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { PageComponent } from '../../shared/page.component';
import { Notice } from '../../shared/notice';

const toOptions = (regions: Region[], lang: Lang): NzCascaderOption[] =>
  regions.map((r) => ({
    value: r.code,
    label: regionNameIn(lang, r.code),
    ...(r.children ? { children: toOptions(r.children, lang) } : { isLeaf: true }),
  }));

/** The applicant's filing: a four-step form that saves drafts, checks live with the rules library and submits. */
@Component({
  selector: 'cqo-filing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PageComponent,
    InnerLabelDirective,
    DatePipe,
    KeyValuePipe,
    FormsModule,
    ReactiveFormsModule,
    TranslocoPipe,
    FormFieldComponent,
    IndustryPickerComponent,
    AttachmentKindsComponent,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCascaderModule,
    NzFormModule,
    NzGridModule,
    NzStepsModule,
    NzTagModule,
    NzTimelineModule,
  ],
  templateUrl: './filing.page.html',
  styles: `
    .bar {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      align-items: center;
      margin: 16px 0;
    }
    .steps {
      margin: 16px 0 24px;
    }
    .gap {
      margin-bottom: 16px;
    }
    .section-title {
      font-size: 15px;
      font-weight: 600;
      margin: 8px 0 12px;
    }
    .checks li {
      line-height: 1.9;
    }
    .comment {
      color: #d4380d;
      font-size: 12px;
    }
  `,
})
export class FilingPage {
  private readonly api = inject(FilingApi);
  private readonly notice = inject(Notice);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).lang;
  protected readonly form = inject(FilingFormFactory).create();
  protected readonly e = this.form.controls.enterprise.controls;
  protected readonly c = this.form.controls.cqo.controls;
  /** The fields of the enterprise step and of the CQO step, from the one catalogue. */
  protected readonly steps = [fieldsOfStep(0), fieldsOfStep(1)];
  protected readonly stepKeys = ['enterprise', 'cqo', 'attachments', 'review'] as const;
  protected readonly stepOfField = stepOf;
  protected readonly attachmentKinds = FILING_ATTACHMENT_KINDS;
  protected readonly attachmentsBase = filingAttachmentsBase;
  protected readonly regionOptions = computed(() => toOptions(regionTree(), this.lang()));

  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly filing = signal<Filing | null>(null);
  protected readonly step = signal(0);
  /** The steps the user has opened: a step not seen yet is "to do", not "done". */
  protected readonly visited = signal(new Set([0]));
  /** After a submit was tried, fields with something to fix are outlined. */
  private readonly attempted = signal(false);
  /** What only the server could tell on the last submit (a number held by another filing). */
  private readonly serverOnly = signal<FieldError[]>([]);
  protected readonly editable = computed(() => !this.filing() || isEditableFiling(this.filing()?.status));

  private readonly value = toSignal(this.form.valueChanges.pipe(startWith(this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  /** The server's submit checks, run once per change of the form or of its documents. */
  private readonly check = computed(() => {
    this.value();
    return liveCheck(
      this.form,
      (this.filing()?.attachments ?? []).map((a) => a.kind),
    );
  });
  /** Shown once an industry is chosen (before that the size has nothing to go on). */
  protected readonly size = computed(() =>
    this.value().enterprise?.industryCode ? this.check().size : null,
  );
  protected readonly eligibility = computed(() => this.check().eligibility);
  /** What still stands in the way of submitting, live as the form changes (the same checks as the server). */
  protected readonly errors = computed(() => [...this.check().errors, ...this.serverOnly()]);
  /** Each step's mark tells its true state: not seen yet, has something to fix, or done. */
  protected readonly stepStatus = computed(() => {
    const withErrors = new Set(this.errors().map((e) => stepOf(e.field)));
    return [0, 1, 2, 3].map((i) =>
      i === this.step()
        ? 'process'
        : !this.visited().has(i)
          ? 'wait'
          : withErrors.has(i)
            ? 'error'
            : 'finish',
    );
  });
  protected readonly regionValue = computed(() => regionPath(this.value().enterprise?.regionCode ?? ''));

  constructor() {
    effect(() => {
      const step = this.step();
      untracked(() => this.visited.update((seen) => (seen.has(step) ? seen : new Set([...seen, step]))));
    });
    // A valid resident ID fills in birth date and sex.
    this.c.idNumber.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((id) => {
      if (this.c.idType.value !== 'resident' || !id || id.includes('*')) return;
      const result = validateResidentId(id);
      if (result.valid && result.birthDate && result.sex) {
        this.c.birthDate.setValue(result.birthDate);
        this.c.sex.setValue(result.sex);
      }
    });
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const mine = await firstValueFrom(this.api.list({ pageSize: 20 }));
      const current = mine.items.find((f) => isOpenFiling(f.status)) ?? mine.items[0];
      if (current) this.show(await firstValueFrom(this.api.get(current.id)));
    } finally {
      this.loading.set(false);
    }
  }

  private show(filing: Filing): void {
    this.filing.set(filing);
    this.form.patchValue(
      { enterprise: filing.enterprise as never, cqo: filing.cqo as never },
      { emitEvent: true },
    );
    if (isEditableFiling(filing.status)) this.form.enable({ emitEvent: false });
    else this.form.disable({ emitEvent: false });
  }

  /** After an attachment changes: fetch the filing again without touching unsaved form edits. */
  async reload(): Promise<void> {
    const current = this.filing();
    if (current) this.filing.set(await firstValueFrom(this.api.get(current.id)));
  }

  text(code: string, params?: Record<string, string | number>): string {
    return formatMessage(this.lang(), code, params);
  }
  errorOf(code: string): string {
    return errorText(this.transloco, code);
  }
  fieldComment(field: string): string | null {
    return this.filing()?.status === 'returned' ? (this.filing()?.fieldComments?.[field] ?? null) : null;
  }

  statusOf(path: string): 'error' | '' {
    return this.attempted() && this.errors().some((e) => e.field === path) ? 'error' : '';
  }

  controlOf(field: FilingField): FormControl {
    return this.form.get(field.path) as FormControl;
  }

  setRegion(path: string[] | null): void {
    this.e.regionCode.setValue(path?.length ? path[path.length - 1] : null);
    this.e.regionCode.markAsDirty();
  }

  setIndustry(code: string | null): void {
    this.e.industryCode.setValue(code);
    this.e.industryCode.markAsDirty();
  }

  async save(quiet = false): Promise<boolean> {
    this.busy.set(true);
    try {
      const current = this.filing();
      const body = toBody(this.form, current);
      const saved = await firstValueFrom(current ? this.api.update(current.id, body) : this.api.create(body));
      this.show(saved);
      if (!quiet) this.notice.success('filing.saved');
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  async submit(): Promise<void> {
    if (!(await this.save(true))) return;
    const current = this.filing();
    if (!current) return;
    this.busy.set(true);
    this.serverOnly.set([]);
    this.attempted.set(true);
    try {
      this.show(await firstValueFrom(this.api.submit(current.id)));
      this.notice.success('filing.submitted');
    } catch (e) {
      const err = toClientError(e);
      if (err.code === 'FILING_INCOMPLETE') {
        const live = new Set(this.errors().map((e) => `${e.field} ${e.code}`));
        this.serverOnly.set(err.details.filter((d) => !live.has(`${d.field} ${d.code}`)));
        applyServerErrors(this.form, err.details);
        this.step.set(Math.min(...err.details.map((d) => stepOf(d.field))));
      } else this.fail(e);
    } finally {
      this.busy.set(false);
    }
  }

  async withdraw(): Promise<void> {
    const current = this.filing();
    if (!current) return;
    try {
      this.show(await firstValueFrom(this.api.withdraw(current.id)));
      this.notice.info('filing.withdrawn');
    } catch (e) {
      this.fail(e);
    }
  }

  async startNew(): Promise<void> {
    this.filing.set(null);
    this.form.reset({ cqo: { idType: 'resident' } });
    this.form.enable();
    this.step.set(0);
  }

  async downloadForm(): Promise<void> {
    const current = this.filing();
    if (!current) return;
    const res = await firstValueFrom(this.api.download(`/api/filings/${current.id}/registration-form.docx`));
    if (res.body) saveBlob(res.body, `首席质量官登记表-${current.enterprise.name ?? current.id}.docx`);
  }

  fieldLabel(field: string): string {
    return filingFieldLabel(this.transloco, field);
  }

  private fail(e: unknown): void {
    const err = toClientError(e);
    if (!applyServerErrors(this.form, err.details)) this.notice.failure(e);
  }
}
