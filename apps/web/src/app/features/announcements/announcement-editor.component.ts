import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { EnterpriseSize } from '@cqo/rules';
import { ANNOUNCEMENT_KINDS, type Announcement, type AnnouncementInput, type Audience } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { SegmentFieldsComponent, segmentAudience } from '../../shared/segment-fields.component';
import { AnnouncementsApi } from './announcements.api';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { Notice } from '../../shared/notice';

/** Staff write an announcement and publish it now, later, or keep it as a draft. */
@Component({
  selector: 'cqo-announcement-editor',
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
    NzModalModule,
    NzRadioModule,
    NzSelectModule,
  ],
  template: `
    @if (announcement(); as a) {
      <button nz-button (click)="edit(a)" data-testid="edit-announcement">
        {{ 'ann.edit' | transloco }}
      </button>
    } @else {
      <button nz-button nzType="primary" (click)="open.set(true)" data-testid="new-announcement">
        {{ 'ann.new' | transloco }}
      </button>
    }
    <nz-modal
      [nzVisible]="open()"
      [nzTitle]="'ann.new' | transloco"
      nzWidth="720px"
      (nzOnCancel)="open.set(false)"
      [nzFooter]="footer"
    >
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'ann.kind' | transloco }}</nz-form-label>
            <nz-select
              [(ngModel)]="kind"
              name="kind"
              data-testid="ann-kind"
              [attr.aria-label]="'ann.kind' | transloco"
            >
              @for (k of kinds; track k) {
                <nz-option [nzValue]="k" [nzLabel]="'ann.kinds.' + k | transloco" />
              }
            </nz-select>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="ann-title">{{ 'ann.title' | transloco }}</nz-form-label>
            <input
              nz-input
              id="ann-title"
              name="title"
              [(ngModel)]="title"
              maxlength="200"
              data-testid="ann-title"
            />
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="ann-body">{{ 'ann.body' | transloco }}</nz-form-label>
            <textarea
              nz-input
              id="ann-body"
              name="body"
              rows="8"
              [(ngModel)]="body"
              data-testid="ann-body"
            ></textarea>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'ann.audience' | transloco }}</nz-form-label>
            <nz-radio-group [(ngModel)]="audienceType" name="audience" data-testid="ann-audience">
              <label nz-radio nzValue="public">{{ 'ann.audiences.public' | transloco }}</label>
              <label nz-radio nzValue="members">{{ 'ann.audiences.members' | transloco }}</label>
              <label nz-radio nzValue="segment" data-testid="ann-audience-segment">{{
                'ann.audiences.segment' | transloco
              }}</label>
            </nz-radio-group>
          </nz-form-item>
          @if (audienceType === 'segment') {
            <cqo-segment-fields
              testIdPrefix="ann"
              [(industries)]="industries"
              [(regions)]="regions"
              [(sizes)]="sizes"
            />
          }
          <label nz-checkbox [(ngModel)]="pinned" name="pinned">{{ 'ann.pinned' | transloco }}</label>
          <nz-form-item class="gap">
            <nz-form-label nzFor="ann-at">{{ 'ann.scheduleAt' | transloco }}</nz-form-label>
            <input nz-input id="ann-at" name="at" type="datetime-local" [(ngModel)]="at" />
          </nz-form-item>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button (click)="save(false)" [nzLoading]="busy()">
          {{ (announcement() ? 'common.save' : 'ann.saveDraft') | transloco }}
        </button>
        @if (!announcement()) {
          <button
            nz-button
            nzType="primary"
            (click)="save(true)"
            [nzLoading]="busy()"
            data-testid="ann-publish"
          >
            {{ (at ? 'ann.schedule' : 'ann.publish') | transloco }}
          </button>
        }
      </ng-template>
    </nz-modal>
  `,
  styles: `
    .gap {
      margin-top: 12px;
    }
  `,
})
export class AnnouncementEditorComponent {
  private readonly api = inject(AnnouncementsApi);
  private readonly notice = inject(Notice);
  /** Given: edit this one (its publishing is done on its page); absent: write a new one. */
  readonly announcement = input<Announcement | null>(null);
  readonly saved = output<void>();
  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly kinds = ANNOUNCEMENT_KINDS;
  protected kind: AnnouncementInput['kind'] = 'notice';
  protected title = '';
  protected body = '';
  protected audienceType: Audience['type'] = 'members';
  protected industries = '';
  protected regions = '';
  protected sizes: EnterpriseSize[] = [];
  protected pinned = false;
  protected at = '';

  edit(a: Announcement): void {
    this.kind = a.kind;
    this.title = a.title;
    this.body = a.body;
    this.pinned = a.pinned;
    this.audienceType = a.audience.type;
    this.industries = (a.audience.industryPrefixes ?? []).join(', ');
    this.regions = (a.audience.regionPrefixes ?? []).join(', ');
    this.sizes = a.audience.sizes ?? [];
    this.open.set(true);
  }

  async save(publish: boolean): Promise<void> {
    const audience: Audience =
      this.audienceType === 'segment'
        ? segmentAudience(this.industries, this.regions, this.sizes)
        : { type: this.audienceType };
    this.busy.set(true);
    try {
      const input = { kind: this.kind, title: this.title, body: this.body, audience, pinned: this.pinned };
      const existing = this.announcement();
      const created = await firstValueFrom(
        existing ? this.api.update(existing.id, input) : this.api.create(input),
      );
      if (publish) {
        // datetime-local is the browser's local time; send it as an instant.
        await firstValueFrom(
          this.api.publish(created.id, this.at ? new Date(this.at).toISOString() : undefined),
        );
      }
      this.notice.success(publish ? 'ann.published' : 'ann.savedDraft');
      this.open.set(false);
      if (!existing) {
        this.title = this.body = this.industries = this.regions = this.at = '';
        this.sizes = [];
      }
      this.saved.emit();
    } catch (e) {
      this.notice.failure(e);
    } finally {
      this.busy.set(false);
    }
  }
}
