import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CHANNEL_VISIBILITIES,
  CREATABLE_CHANNEL_KINDS,
  type Audience,
  type ChannelInput,
  type ChannelVisibility,
} from '@cqo/contracts';
import type { EnterpriseSize } from '@cqo/rules';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../shared/notice';
import { SegmentFieldsComponent, segmentAudience } from '../../shared/segment-fields.component';
import { userAction } from '../../shared/user-action';
import { ChannelsApi } from './channels.api';

/** Staff create a channel: its name, kind, who it is for (the one targeting rule) and whether anyone may join. */
@Component({
  selector: 'cqo-new-channel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    TranslocoPipe,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzRadioModule,
    SegmentFieldsComponent,
  ],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'channels.newChannel.title' | transloco"
      [nzOkLoading]="act.busy()"
      [nzOkDisabled]="!name.trim()"
      (nzOnOk)="save()"
      (nzOnCancel)="closed.emit(null)"
    >
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" (ngSubmit)="save()">
          <nz-form-item>
            <nz-form-label nzFor="channel-name" nzRequired>{{
              'channels.newChannel.name' | transloco
            }}</nz-form-label>
            <input
              nz-input
              id="channel-name"
              name="name"
              [(ngModel)]="name"
              maxlength="80"
              data-testid="channel-name"
            />
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="channel-description">{{
              'channels.newChannel.description' | transloco
            }}</nz-form-label>
            <textarea
              nz-input
              id="channel-description"
              name="description"
              [(ngModel)]="description"
              maxlength="500"
              rows="2"
            ></textarea>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'channels.newChannel.kind' | transloco }}</nz-form-label>
            <nz-radio-group [(ngModel)]="kind" name="kind">
              @for (k of kinds; track k) {
                <label nz-radio [nzValue]="k">{{ 'channels.kinds.' + k | transloco }}</label>
              }
            </nz-radio-group>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'channels.newChannel.audience' | transloco }}</nz-form-label>
            <nz-radio-group [(ngModel)]="audienceType" name="audience">
              <label nz-radio nzValue="members">{{
                'channels.newChannel.audienceMembers' | transloco
              }}</label>
              <label nz-radio nzValue="segment">{{
                'channels.newChannel.audienceSegment' | transloco
              }}</label>
            </nz-radio-group>
          </nz-form-item>
          @if (audienceType === 'segment') {
            <cqo-segment-fields
              testIdPrefix="channel"
              [(industries)]="industries"
              [(regions)]="regions"
              [(sizes)]="sizes"
            />
          }
          <nz-form-item>
            <nz-form-label>{{ 'channels.newChannel.visibility' | transloco }}</nz-form-label>
            <nz-radio-group [(ngModel)]="visibility" name="visibility">
              @for (v of visibilities; track v) {
                <label nz-radio [nzValue]="v">{{ 'channels.newChannel.' + v | transloco }}</label>
              }
            </nz-radio-group>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class NewChannelComponent {
  /** The new channel's id, or null when cancelled. */
  readonly closed = output<string | null>();
  private readonly api = inject(ChannelsApi);
  private readonly notice = inject(Notice);
  protected readonly act = userAction();
  protected readonly kinds = CREATABLE_CHANNEL_KINDS;
  protected readonly visibilities = CHANNEL_VISIBILITIES;
  protected name = '';
  protected description = '';
  protected kind: ChannelInput['kind'] = 'topic';
  protected audienceType: 'members' | 'segment' = 'members';
  protected industries = '';
  protected regions = '';
  protected sizes: EnterpriseSize[] = [];
  protected visibility: ChannelVisibility = 'open';

  protected save(): Promise<void> {
    return this.act.run(async () => {
      const audience: Audience =
        this.audienceType === 'segment'
          ? segmentAudience(this.industries, this.regions, this.sizes)
          : { type: 'members' };
      const created = await firstValueFrom(
        this.api.create({
          name: this.name.trim(),
          description: this.description.trim(),
          kind: this.kind,
          audience,
          visibility: this.visibility,
        }),
      );
      this.notice.success('channels.newChannel.created');
      this.closed.emit(created.id);
    });
  }
}
