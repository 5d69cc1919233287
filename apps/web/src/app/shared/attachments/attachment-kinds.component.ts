import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { TranslocoPipe } from '@jsverse/transloco';
import { MAX_UPLOAD_BYTES, type StoredFileInfo } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { saveBlob } from '../save-blob';
import { userAction } from '../user-action';
import { AttachmentsClient, fileSize } from './attachments-client';
import { Notice } from '../notice';

/** One kind of document a subject takes: its name is `attachments.kinds.<kind>`. */
export interface AttachmentKindSpec {
  kind: string;
  /** MIME types offered in the file picker (the server decides by the bytes). */
  accept: readonly string[];
  /** A new file replaces the old one (the CQO's photo). */
  single?: boolean;
  /** Needed before the subject can be submitted. */
  required?: boolean;
}

interface Preview {
  file: StoredFileInfo;
  url: string;
  safe: SafeResourceUrl;
}

/**
 * A subject's documents by kind (a filing's licence, ID, photo…): upload while editable, view in
 * the page (images and PDFs shown from a blob fetched with the user's token), download, delete.
 * `base` is the subject's attachments endpoint (`/api/filings/<id>/attachments`).
 */
@Component({
  selector: 'cqo-attachment-kinds',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoPipe,
    NzButtonModule,
    NzIconModule,
    NzListModule,
    NzModalModule,
    NzPopconfirmModule,
    NzTagModule,
  ],
  template: `
    <div class="kinds">
      @for (spec of kinds(); track spec.kind) {
        @let kind = spec.kind;
        <div class="kind" [attr.data-testid]="'attachments-' + kind">
          <div class="kind-head">
            <strong>{{ 'attachments.kinds.' + kind | transloco }}</strong>
            @if (spec.required) {
              <nz-tag nzColor="red" [attr.data-testid]="'required-' + kind">{{
                'attachments.required' | transloco
              }}</nz-tag>
            }
            <span class="muted">{{
              'attachments.formats.' + (imagesOnly(spec) ? 'image' : 'any') | transloco
            }}</span>
            @if (editable()) {
              <input
                #picker
                type="file"
                hidden
                [accept]="spec.accept.join(',')"
                (change)="upload(kind, picker)"
                [attr.data-testid]="'upload-' + kind"
              />
              <button nz-button nzSize="small" [nzLoading]="uploading() === kind" (click)="picker.click()">
                {{
                  (spec.single && byKind()[kind]?.length ? 'attachments.replace' : 'attachments.upload')
                    | transloco
                }}
              </button>
            }
          </div>
          @for (file of byKind()[kind] ?? []; track file.id) {
            <div class="file">
              <a (click)="view(file)" [attr.data-testid]="'view-' + file.id">{{ file.name }}</a>
              <span class="muted">{{ size(file) }}</span>
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
export class AttachmentKindsComponent {
  private readonly client = inject(AttachmentsClient);
  private readonly notice = inject(Notice);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly action = userAction();

  readonly base = input.required<string>();
  readonly kinds = input.required<readonly AttachmentKindSpec[]>();
  readonly files = input<StoredFileInfo[]>([]);
  readonly editable = input(false);
  /** After an upload or delete, so the page can reload the subject. */
  readonly changed = output<void>();

  protected readonly size = fileSize;
  protected readonly uploading = signal<string | null>(null);
  protected readonly preview = signal<Preview | null>(null);
  protected readonly byKind = computed(() => {
    const groups: Partial<Record<string, StoredFileInfo[]>> = {};
    for (const f of this.files()) (groups[f.kind] ??= []).push(f);
    return groups;
  });

  imagesOnly(spec: AttachmentKindSpec): boolean {
    return spec.accept.every((type) => type.startsWith('image/'));
  }

  async upload(kind: string, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The server decides by the bytes; this only spares a long upload that would be refused.
    if (file.size > MAX_UPLOAD_BYTES) {
      this.notice.refuse('FILE_TOO_LARGE');
      return;
    }
    this.uploading.set(kind);
    await this.action.run(async () => {
      await firstValueFrom(this.client.upload(this.base(), file, kind));
      this.notice.success('attachments.uploaded');
      this.changed.emit();
    });
    this.uploading.set(null);
  }

  async remove(file: StoredFileInfo): Promise<void> {
    await this.action.run(async () => {
      await firstValueFrom(this.client.remove(this.base(), file.id));
      this.changed.emit();
    });
  }

  async view(file: StoredFileInfo): Promise<void> {
    await this.action.run(async () => {
      const blob = await firstValueFrom(this.client.blob(this.base(), file.id));
      const url = URL.createObjectURL(new Blob([blob], { type: file.contentType }));
      this.preview.set({ file, url, safe: this.sanitizer.bypassSecurityTrustResourceUrl(url) });
    });
  }

  async download(file: StoredFileInfo): Promise<void> {
    await this.action.run(async () =>
      saveBlob(await firstValueFrom(this.client.blob(this.base(), file.id)), file.name),
    );
  }

  closePreview(): void {
    const current = this.preview();
    if (current) URL.revokeObjectURL(current.url);
    this.preview.set(null);
  }
}
