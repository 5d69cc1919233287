import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CASE_METHODS, type CaseInput, type CaseMethod, type CaseResult } from '@cqo/contracts';
import MarkdownIt from 'markdown-it';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { AttachmentsClient } from '../../shared/attachments/attachments-client';
import { IndustryPickerComponent } from '../../shared/industry-picker/industry-picker.component';
import { Notice } from '../../shared/notice';
import { PageComponent } from '../../shared/page.component';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { RichTextDirective } from '../../shared/rich-text.directive';
import { CasesApi } from './cases.api';

// The preview renders as the server does (no raw HTML, links made clickable); the server's
// sanitised rendering is what readers get.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

interface Draft {
  title: string;
  summary: string;
  body: string;
  industryCode: string | null;
  methods: CaseMethod[];
  tags: string[];
  results: CaseResult[];
  enterpriseName: string;
  year: number | null;
}

const EMPTY: Draft = {
  title: '',
  summary: '',
  body: '',
  industryCode: null,
  methods: [],
  tags: [],
  results: [],
  enterpriseName: '',
  year: null,
};

/**
 * Writing a case, new or existing, with a live preview of the body beside it (below it on a
 * phone). Images are uploaded to the case and placed into the body by their address.
 */
@Component({
  selector: 'cqo-case-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    TranslocoPipe,
    IndustryPickerComponent,
    PageComponent,
    InnerLabelDirective,
    RichTextDirective,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
  ],
  template: `
    <cqo-page [heading]="id() ? 'cases.editor.editTitle' : 'cases.editor.newTitle'">
      @if (publishedNote()) {
        <nz-alert
          nzType="info"
          nzShowIcon
          [nzMessage]="'cases.editor.publishedNote' | transloco"
          class="gap"
        />
      }
      <div class="layout">
        <form nz-form nzLayout="vertical" class="form" (ngSubmit)="save(false)">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="case-title">{{
              'cases.editor.title' | transloco
            }}</nz-form-label>
            <input
              nz-input
              id="case-title"
              name="title"
              maxlength="200"
              [(ngModel)]="draft().title"
              data-testid="case-title-input"
            />
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="case-summary">{{
              'cases.editor.summary' | transloco
            }}</nz-form-label>
            <textarea
              nz-input
              id="case-summary"
              name="summary"
              rows="2"
              maxlength="1000"
              [(ngModel)]="draft().summary"
              data-testid="case-summary-input"
            ></textarea>
          </nz-form-item>
          <div class="two">
            <nz-form-item>
              <nz-form-label nzRequired nzFor="industry">{{
                'cases.editor.industry' | transloco
              }}</nz-form-label>
              <cqo-industry-picker [(value)]="draft().industryCode" inputId="industry" />
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'cases.editor.methods' | transloco }}</nz-form-label>
              <nz-select
                nzMode="multiple"
                name="methods"
                [(ngModel)]="draft().methods"
                [attr.aria-label]="'cases.editor.methods' | transloco"
                data-testid="case-methods"
              >
                @for (m of methods; track m) {
                  <nz-option [nzValue]="m" [nzLabel]="'cases.methods.' + m | transloco" />
                }
              </nz-select>
            </nz-form-item>
          </div>
          <div class="two">
            <nz-form-item>
              <nz-form-label nzFor="case-enterprise">{{
                'cases.editor.enterpriseName' | transloco
              }}</nz-form-label>
              <input
                nz-input
                id="case-enterprise"
                name="enterpriseName"
                maxlength="200"
                [placeholder]="'cases.editor.enterpriseHint' | transloco"
                [(ngModel)]="draft().enterpriseName"
              />
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzFor="case-year">{{ 'cases.editor.year' | transloco }}</nz-form-label>
              <nz-input-number
                nzId="case-year"
                name="year"
                [nzMin]="1949"
                [nzMax]="2100"
                [(ngModel)]="draft().year"
              />
            </nz-form-item>
          </div>
          <nz-form-item>
            <nz-form-label>{{ 'cases.editor.tags' | transloco }}</nz-form-label>
            <nz-select
              nzMode="tags"
              name="tags"
              [nzPlaceHolder]="'cases.editor.tagsHint' | transloco"
              [(ngModel)]="draft().tags"
              [attr.aria-label]="'cases.editor.tags' | transloco"
            />
          </nz-form-item>
          <fieldset class="results">
            <legend>{{ 'cases.editor.results' | transloco }}</legend>
            @for (r of draft().results; track $index; let i = $index) {
              <div class="result">
                <input
                  nz-input
                  [name]="'metric' + i"
                  [(ngModel)]="r.metric"
                  maxlength="60"
                  [attr.aria-label]="'cases.metric' | transloco"
                  [placeholder]="'cases.metric' | transloco"
                />
                <input
                  nz-input
                  [name]="'before' + i"
                  [(ngModel)]="r.before"
                  maxlength="40"
                  [attr.aria-label]="'cases.before' | transloco"
                  [placeholder]="'cases.before' | transloco"
                />
                <span aria-hidden="true">→</span>
                <input
                  nz-input
                  [name]="'after' + i"
                  [(ngModel)]="r.after"
                  maxlength="40"
                  [attr.aria-label]="'cases.after' | transloco"
                  [placeholder]="'cases.after' | transloco"
                />
                <button
                  nz-button
                  nzType="text"
                  type="button"
                  (click)="removeResult(i)"
                  [attr.aria-label]="'cases.editor.removeResult' | transloco"
                >
                  ✕
                </button>
              </div>
            }
            <button
              nz-button
              nzType="dashed"
              type="button"
              (click)="addResult()"
              data-testid="case-add-result"
            >
              {{ 'cases.editor.addResult' | transloco }}
            </button>
          </fieldset>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="case-body">{{ 'cases.editor.body' | transloco }}</nz-form-label>
            <textarea
              nz-input
              id="case-body"
              name="body"
              rows="14"
              [ngModel]="body()"
              (ngModelChange)="body.set($event)"
              data-testid="case-body-input"
            ></textarea>
          </nz-form-item>
          <input
            #file
            type="file"
            hidden
            accept="image/png,image/jpeg"
            (change)="insertImage($event)"
            data-testid="case-image-input"
          />
          <button nz-button type="button" (click)="file.click()" data-testid="case-insert-image">
            {{ 'cases.editor.insertImage' | transloco }}
          </button>
          <div class="bar">
            <button nz-button type="submit" [nzLoading]="saving()" data-testid="case-save">
              {{ 'cases.editor.save' | transloco }}
            </button>
            @if (!publishedNote()) {
              <button
                nz-button
                nzType="primary"
                type="button"
                [nzLoading]="saving()"
                (click)="save(true)"
                data-testid="case-save-submit"
              >
                {{ 'cases.editor.saveAndSubmit' | transloco }}
              </button>
            }
            <a nz-button nzType="link" [routerLink]="id() ? ['/cases', id()] : ['/cases']">{{
              'cases.editor.cancel' | transloco
            }}</a>
          </div>
        </form>
        <aside class="preview" [attr.aria-label]="'cases.editor.preview' | transloco">
          <h2>{{ 'cases.editor.preview' | transloco }}</h2>
          @if (body().trim()) {
            <article class="body" [cqoRichText]="preview()" data-testid="case-preview"></article>
          } @else {
            <p class="muted">{{ 'cases.editor.previewEmpty' | transloco }}</p>
          }
        </aside>
      </div>
    </cqo-page>
  `,
  styles: `
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 24px;
    }
    @media (max-width: 900px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .two {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 12px;
    }
    @media (max-width: 600px) {
      .two {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .results {
      border: 1px solid #f0f0f0;
      padding: 8px 12px 12px;
      margin-bottom: 16px;
    }
    .results legend {
      color: rgba(0, 0, 0, 0.88);
      font-size: 14px;
      border: 0;
      width: auto;
      padding: 0 4px;
      margin: 0;
    }
    .result {
      display: flex;
      gap: 6px;
      align-items: center;
      margin-bottom: 6px;
    }
    .result input {
      min-width: 0;
    }
    @media (max-width: 600px) {
      .result {
        flex-wrap: wrap;
      }
      .result input:first-child {
        flex: 1 1 100%;
      }
      .result input {
        flex: 1 1 0;
      }
    }
    nz-select,
    nz-input-number {
      width: 100%;
    }
    .bar {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin-top: 16px;
    }
    .preview {
      border-left: 3px solid #f0f0f0;
      padding-left: 16px;
      min-width: 0;
    }
    .preview h2 {
      font-size: 16px;
      color: #5c6370;
    }
    .body {
      line-height: 1.8;
      overflow-wrap: anywhere;
    }
    .body ::ng-deep img {
      max-width: 100%;
    }
    .muted {
      color: #5c6370;
    }
    .gap {
      margin-bottom: 12px;
    }
  `,
})
export class CaseEditorPage {
  private readonly api = inject(CasesApi);
  private readonly files = inject(AttachmentsClient);
  private readonly notice = inject(Notice);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  /** Absent for a new case. */
  readonly id = input<string>();
  protected readonly methods = CASE_METHODS;
  protected readonly draft = signal<Draft>(structuredClone(EMPTY));
  protected readonly body = signal('');
  protected readonly preview = computed(() => markdown.render(this.body()));
  protected readonly saving = signal(false);
  protected readonly publishedNote = signal(false);
  private savedId: string | null = null;

  constructor() {
    effect(() => void this.load(this.id()));
  }

  private async load(id: string | undefined): Promise<void> {
    this.savedId = id ?? null;
    if (!id) return;
    try {
      const c = await firstValueFrom(this.api.get(id));
      this.draft.set({
        title: c.title,
        summary: c.summary,
        body: c.body ?? '',
        industryCode: c.industryCode,
        methods: [...c.methods],
        tags: [...c.tags],
        results: c.results.map((r) => ({ ...r })),
        enterpriseName: c.enterpriseName,
        year: c.year,
      });
      this.body.set(c.body ?? '');
      this.publishedNote.set(!!c.publishedAt && !c.publishedVersion && c.own);
    } catch (e) {
      this.notice.failure(e);
    }
  }

  addResult(): void {
    this.draft.update((d) => ({ ...d, results: [...d.results, { metric: '', before: '', after: '' }] }));
  }

  removeResult(index: number): void {
    this.draft.update((d) => ({ ...d, results: d.results.filter((_, i) => i !== index) }));
  }

  /** Saves (creating the case the first time); `submit` hands it to staff too. */
  async save(submit: boolean): Promise<void> {
    const id = await this.persist();
    if (!id) return;
    try {
      if (submit) {
        await firstValueFrom(this.api.submit(id));
        this.notice.success('cases.submitted');
      } else this.notice.success('cases.editor.saved');
      await this.router.navigate(['/cases', id]);
    } catch (e) {
      this.notice.failure(e);
    }
  }

  /** An image goes to the case (saved first if new), then into the body where it shows. */
  async insertImage(event: Event): Promise<void> {
    const target = event.target as HTMLInputElement;
    const file = target.files?.[0];
    target.value = '';
    if (!file) return;
    const id = await this.persist();
    if (!id) return;
    try {
      const stored = await firstValueFrom(this.files.upload(`/api/cases/${id}/attachments`, file));
      const alt = file.name.replace(/\.[^.]+$/, '').replace(/[[\]]/g, '');
      this.body.update(
        (b) =>
          `${b}${b && !b.endsWith('\n') ? '\n\n' : ''}![${alt}](/api/cases/${id}/attachments/${stored.id})\n`,
      );
    } catch (e) {
      this.notice.failure(e);
    }
  }

  private async persist(): Promise<string | null> {
    const d = this.draft();
    const body = this.body();
    if (!d.title.trim() || !d.summary.trim() || !body.trim() || !d.industryCode || !d.methods.length) {
      this.notice.warn('cases.editor.required');
      return null;
    }
    const input: CaseInput = {
      title: d.title,
      summary: d.summary,
      body,
      industryCode: d.industryCode,
      methods: d.methods,
      tags: d.tags,
      results: d.results.filter((r) => r.metric.trim()),
      year: d.year,
      ...(d.enterpriseName.trim() ? { enterpriseName: d.enterpriseName } : {}),
    };
    this.saving.set(true);
    try {
      const saved = this.savedId
        ? await firstValueFrom(this.api.update(this.savedId, input))
        : await firstValueFrom(this.api.create(input));
      this.savedId = saved.id;
      // A new case now has an address: the page stays (with its typing) and the URL says so.
      if (!this.id()) this.location.replaceState(`/cases/${saved.id}/edit`);
      return saved.id;
    } catch (e) {
      this.notice.failure(e);
      return null;
    } finally {
      this.saving.set(false);
    }
  }
}
