import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_TYPES,
  MAX_UPLOAD_BYTES,
  type AttachmentKind,
  type StoredFileInfo,
} from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { firstValueFrom } from 'rxjs';
import { toClientError } from '../../core/api/api-error';
import { errorText } from '../../shared/form-errors';
import { saveBlob } from '../../shared/save-blob';
import { FilingApi } from './filing.api';

interface Preview {
  file: StoredFileInfo;
  url: string;
  safe: SafeResourceUrl;
}

/**
 * The documents of a filing, by kind: upload (owner, while editable), view in the page
 * (images and PDFs shown from a blob fetched with the user's token), download, delete.
 */
@Component({
  selector: 'cqo-filing-attachments',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DecimalPipe,
    TranslocoPipe,
    NzButtonModule,
    NzIconModule,
    NzListModule,
    NzModalModule,
    NzPopconfirmModule,
  ],
  template: `
    <div class="kinds">
      @for (kind of kinds; track kind) {
        <div class="kind" [attr.data-testid]="'attachments-' + kind">
          <div class="kind-head">
            <strong>{{ 'attachments.kinds.' + kind | transloco }}</strong>
            <span class="muted">{{
              'attachments.formats.' + (kind === 'photo' ? 'image' : 'any') | transloco
            }}</span>
            @if (editable()) {
              <input
                #picker
                type="file"
                hidden
                [accept]="accept(kind)"
                (change)="upload(kind, picker)"
                [attr.data-testid]="'upload-' + kind"
              />
              <button nz-button nzSize="small" [nzLoading]="uploading() === kind" (click)="picker.click()">
                {{
                  (kind === 'photo' && byKind()[kind].length ? 'attachments.replace' : 'attachments.upload')
                    | transloco
                }}
              </button>
            }
          </div>
          @for (file of byKind()[kind]; track file.id) {
            <div class="file">
              <a (click)="view(file)" [attr.data-testid]="'view-' + file.id">{{ file.name }}</a>
              <span class="muted">{{ file.size / 1024 | number: '1.0-0' }} KB</span>
              <button nz-button nzType="link" nzSize="small" (click)="download(file)">
                {{ 'attachments.download' | transloco }}
              </button>
              @if (editable()) {
                <button
                  nz-button
                  nzType="link"
                  nzDanger
                  nzSize="small"
                  nz-popconfirm
                  [nzPopconfirmTitle]="'attachments.confirmDelete' | transloco"
                  (nzOnConfirm)="remove(file)"
                >
                  {{ 'attachments.delete' | transloco }}
                </button>
              }
            </div>
          } @empty {
            <div class="muted">{{ 'attachments.none' | transloco }}</div>
          }
        </div>
      }
    </div>
    <nz-modal
      [nzVisible]="!!preview()"
      [nzTitle]="preview()?.file?.name"
      [nzFooter]="null"
      nzWidth="860px"
      (nzOnCancel)="closePreview()"
    >
      <ng-container *nzModalContent>
        @if (preview(); as p) {
          @if (p.file.contentType === 'application/pdf') {
            <iframe
              class="pdf"
              [src]="p.safe"
              [title]="p.file.name"
              data-testid="attachment-preview"
            ></iframe>
          } @else {
            <img class="image" [src]="p.safe" [alt]="p.file.name" data-testid="attachment-preview" />
          }
        }
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .kinds {
      display: grid;
      gap: 16px;
    }
    .kind-head {
      display: flex;
      gap: 12px;
      align-items: center;
      flex-wrap: wrap;
      margin-bottom: 4px;
    }
    .file {
      display: flex;
      gap: 8px;
      align-items: center;
      flex-wrap: wrap;
      padding-left: 12px;
    }
    .muted {
      color: #5c6370;
      font-size: 12px;
    }
    .pdf {
      width: 100%;
      height: 70vh;
      border: 0;
    }
    .image {
      max-width: 100%;
      display: block;
      margin: 0 auto;
    }
  `,
})
export class FilingAttachmentsComponent {
  private readonly api = inject(FilingApi);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);
  private readonly sanitizer = inject(DomSanitizer);

  readonly filingId = input.required<string>();
  readonly files = input<StoredFileInfo[]>([]);
  readonly editable = input(false);
  /** After an upload or delete, so the page can reload the filing. */
  readonly changed = output<void>();

  protected readonly kinds = ATTACHMENT_KINDS;
  protected readonly uploading = signal<AttachmentKind | null>(null);
  protected readonly preview = signal<Preview | null>(null);
  protected readonly byKind = computed(() => {
    const groups = Object.fromEntries(ATTACHMENT_KINDS.map((k) => [k, [] as StoredFileInfo[]]));
    for (const f of this.files()) groups[f.kind]?.push(f);
    return groups as Record<AttachmentKind, StoredFileInfo[]>;
  });

  accept(kind: AttachmentKind): string {
    return ATTACHMENT_TYPES[kind].join(',');
  }

  async upload(kind: AttachmentKind, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The server decides by the bytes; this only spares a long upload that would be refused.
    if (file.size > MAX_UPLOAD_BYTES) {
      this.message.error(errorText(this.transloco, 'FILE_TOO_LARGE'));
      return;
    }
    this.uploading.set(kind);
    try {
      await firstValueFrom(this.api.uploadAttachment(this.filingId(), kind, file));
      this.message.success(this.transloco.translate('attachments.uploaded'));
      this.changed.emit();
    } catch (e) {
      this.message.error(errorText(this.transloco, toClientError(e).code));
    } finally {
      this.uploading.set(null);
    }
  }

  async remove(file: StoredFileInfo): Promise<void> {
    try {
      await firstValueFrom(this.api.deleteAttachment(this.filingId(), file.id));
      this.changed.emit();
    } catch (e) {
      this.message.error(errorText(this.transloco, toClientError(e).code));
    }
  }

  async view(file: StoredFileInfo): Promise<void> {
    const blob = await firstValueFrom(this.api.attachment(this.filingId(), file.id));
    const url = URL.createObjectURL(new Blob([blob], { type: file.contentType }));
    this.preview.set({ file, url, safe: this.sanitizer.bypassSecurityTrustResourceUrl(url) });
  }

  async download(file: StoredFileInfo): Promise<void> {
    saveBlob(await firstValueFrom(this.api.attachment(this.filingId(), file.id)), file.name);
  }

  closePreview(): void {
    const current = this.preview();
    if (current) URL.revokeObjectURL(current.url);
    this.preview.set(null);
  }
}
