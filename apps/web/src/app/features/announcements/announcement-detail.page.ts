import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal, effect } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Permission, type ReadReceipts } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { AttachmentListComponent } from '../../shared/attachments/attachment-list.component';
import { AnnouncementEditorComponent } from './announcement-editor.component';
import { AnnouncementsApi, type AnnouncementDetail } from './announcements.api';
import { Notice } from '../../shared/notice';

/** One announcement; staff also see read receipts and can remind, publish or take it down. */
@Component({
  selector: 'cqo-announcement-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    TranslocoPipe,
    AnnouncementEditorComponent,
    AttachmentListComponent,
    NzButtonModule,
    NzCardModule,
    NzTagModule,
  ],
  template: `
    <section class="page">
      <a routerLink="/announcements">← {{ 'ann.pageTitle' | transloco }}</a>
      @if (a(); as a) {
        <h1 class="page-title" data-testid="ann-title">{{ a.title }}</h1>
        <p class="muted">
          <nz-tag nzColor="blue">{{ 'ann.kinds.' + a.kind | transloco }}</nz-tag>
          {{ a.publishedAt ?? a.createdAt | date: 'yyyy-MM-dd HH:mm' }} ·
          {{ 'ann.audiences.' + a.audience.type | transloco }}
          @if (staff) {
            · <nz-tag>{{ 'ann.statuses.' + a.status | transloco }}</nz-tag>
          }
        </p>
        <nz-card>
          <!-- Rendered and sanitised by the server; Angular sanitises again. -->
          <article class="body" [innerHTML]="a.bodyHtml" data-testid="ann-body"></article>
          <cqo-attachment-list
            [files]="a.attachments"
            [base]="'/api/announcements/' + a.id + '/attachments'"
            [editable]="staff"
            (changed)="reload()"
          />
        </nz-card>
        @if (staff) {
          <nz-card class="gap" [nzTitle]="'ann.staffTools' | transloco">
            <div class="bar">
              @if (a.status !== 'published') {
                <button nz-button nzType="primary" (click)="publish()">
                  {{ 'ann.publish' | transloco }}
                </button>
              } @else {
                <button nz-button (click)="unpublish()">{{ 'ann.unpublish' | transloco }}</button>
                <button nz-button (click)="remind()" data-testid="ann-remind">
                  {{ 'ann.remind' | transloco }}
                </button>
              }
              <cqo-announcement-editor [announcement]="a" (saved)="reload()" />
            </div>
            @if (receipts(); as r) {
              <p data-testid="ann-receipts">
                {{ 'ann.receipts' | transloco: { read: r.read, audience: r.audience } }}
              </p>
              <p class="muted">{{ readerNames(r) }}</p>
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
    .bar {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin-bottom: 8px;
    }
    .muted {
      color: #5c6370;
    }
    .body {
      line-height: 1.8;
      overflow-wrap: anywhere;
    }
  `,
})
export class AnnouncementDetailPage {
  private readonly api = inject(AnnouncementsApi);
  private readonly notice = inject(Notice);
  readonly id = input.required<string>();
  protected readonly staff = inject(AuthService).can(Permission.ContentPublish);
  protected readonly a = signal<AnnouncementDetail | null>(null);
  protected readonly receipts = signal<ReadReceipts | null>(null);

  constructor() {
    effect(() => void this.load(this.id()));
  }

  private async load(id: string): Promise<void> {
    try {
      this.a.set(await firstValueFrom(this.api.get(id)));
      if (this.staff) this.receipts.set(await firstValueFrom(this.api.reads(id)));
    } catch (e) {
      this.fail(e);
    }
  }

  async reload(): Promise<void> {
    await this.load(this.id());
  }

  readerNames(r: ReadReceipts): string {
    return r.readers.map((x) => x.name).join('、');
  }

  async publish(): Promise<void> {
    await this.run(this.api.publish(this.id()), 'ann.published');
  }
  async unpublish(): Promise<void> {
    await this.run(this.api.unpublish(this.id()), 'ann.unpublished');
  }
  async remind(): Promise<void> {
    await this.run(this.api.remind(this.id()), 'ann.reminded');
  }

  private async run(
    call: ReturnType<AnnouncementsApi['remind' | 'publish' | 'unpublish']>,
    done: string,
  ): Promise<void> {
    try {
      await firstValueFrom(call as never);
      this.notice.success(done);
      await this.load(this.id());
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    this.notice.failure(e);
  }
}
