import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { StoredFileInfo } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { firstValueFrom } from 'rxjs';
import { saveBlob } from '../save-blob';
import { userAction } from '../user-action';
import { AttachmentsClient, fileSize } from './attachments-client';
import { Notice } from '../notice';

/**
 * The documents attached to an announcement or an opportunity: a download link each and, for
 * staff, upload and remove. `base` is the subject's attachments endpoint
 * (`/api/opportunities/<id>/attachments`); the files module checks the bytes on the server.
 */
@Component({
  selector: 'cqo-attachment-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe, NzButtonModule, NzPopconfirmModule],
  template: `
    @if (files().length || editable()) {
      <h3 class="h">{{ 'attachments.title' | transloco }}</h3>
      <ul class="files" data-testid="attachment-list">
        @for (f of files(); track f.id) {
          <li>
            <a href="" (click)="$event.preventDefault(); download(f)">{{ f.name }}</a>
            <span class="muted">{{ size(f) }}</span>
            @if (editable()) {
              <button
                nz-button
                nzType="link"
                nzDanger
                nz-popconfirm
                [nzPopconfirmTitle]="'attachments.confirmDelete' | transloco"
                (nzOnConfirm)="remove(f)"
              >
                {{ 'attachments.delete' | transloco }}
              </button>
            }
          </li>
        } @empty {
          <li class="muted">{{ 'attachments.none' | transloco }}</li>
        }
      </ul>
      @if (editable()) {
        <input
          #picker
          type="file"
          hidden
          accept="application/pdf,image/jpeg,image/png"
          (change)="upload(picker)"
          data-testid="attachment-input"
        />
        <button nz-button [nzLoading]="busy()" (click)="picker.click()">
          {{ 'attachments.add' | transloco }}
        </button>
        <span class="muted">{{ 'attachments.formats.any' | transloco }}</span>
      }
    }
  `,
  styles: `
    .h {
      font-size: 15px;
      margin: 16px 0 8px;
    }
    .files {
      list-style: none;
      margin: 0 0 8px;
      padding: 0;
    }
    .files li {
      display: flex;
      gap: 8px;
      align-items: center;
      flex-wrap: wrap;
      padding: 2px 0;
    }
    .muted {
      color: #5c6370;
      font-size: 12px;
      margin-left: 8px;
    }
  `,
})
export class AttachmentListComponent {
  private readonly client = inject(AttachmentsClient);
  private readonly notice = inject(Notice);
  readonly files = input.required<StoredFileInfo[]>();
  readonly base = input.required<string>();
  readonly editable = input(false);
  /** A file was added or removed: the owner reloads the subject. */
  readonly changed = output<void>();
  private readonly action = userAction();
  protected readonly busy = this.action.busy;

  protected readonly size = fileSize;

  async download(f: StoredFileInfo): Promise<void> {
    await this.action.run(async () =>
      saveBlob(await firstValueFrom(this.client.blob(this.base(), f.id)), f.name),
    );
  }

  async upload(picker: HTMLInputElement): Promise<void> {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    await this.action.run(async () => {
      await firstValueFrom(this.client.upload(this.base(), file));
      this.notice.success('attachments.uploaded');
      this.changed.emit();
    });
  }

  async remove(f: StoredFileInfo): Promise<void> {
    await this.action.run(async () => {
      await firstValueFrom(this.client.remove(this.base(), f.id));
      this.changed.emit();
    });
  }
}
