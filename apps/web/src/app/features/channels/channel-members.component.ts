import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChannelPerson, DirectoryEntry } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../shared/notice';
import { userAction } from '../../shared/user-action';
import { ChannelsApi } from './channels.api';

/** How long a moderator may mute a member in a channel, in minutes. */
const SILENCE_MINUTES = [60, 24 * 60, 7 * 24 * 60];

/**
 * The people of a channel. Staff invite members (found in the directory) and mute one for a while
 * with a reason (they are told; it is audited), or lift the mute.
 */
@Component({
  selector: 'cqo-channel-members',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzDrawerModule,
    NzDropDownModule,
    NzInputModule,
    NzSelectModule,
  ],
  template: `
    <nz-drawer
      [nzVisible]="true"
      [nzTitle]="'channels.people.title' | transloco: { count: people().length }"
      [nzWidth]="360"
      (nzOnClose)="closed.emit()"
    >
      <ng-container *nzDrawerContent>
        @if (staff()) {
          <div class="invite">
            <nz-select
              class="picker"
              nzMode="multiple"
              nzShowSearch
              nzServerSearch
              [nzPlaceHolder]="'channels.people.invitePlaceholder' | transloco"
              [(ngModel)]="chosen"
              (nzOnSearch)="search($event)"
              [attr.aria-label]="'channels.people.invite' | transloco"
              data-testid="invite-picker"
            >
              @for (m of found(); track m.userId) {
                <nz-option
                  [nzValue]="m.userId"
                  [nzLabel]="m.name + (m.enterpriseName ? ' · ' + m.enterpriseName : '')"
                />
              }
            </nz-select>
            <button
              nz-button
              nzType="primary"
              [disabled]="!chosen.length"
              [nzLoading]="act.busy()"
              (click)="invite()"
            >
              {{ 'channels.people.invite' | transloco }}
            </button>
          </div>
          <input
            nz-input
            class="reason"
            [(ngModel)]="reason"
            maxlength="500"
            [placeholder]="'channels.people.silenceReason' | transloco"
            [attr.aria-label]="'channels.people.silenceReason' | transloco"
          />
        }
        <ul class="people">
          @for (p of people(); track p.id) {
            <li>
              <a [routerLink]="['/directory', p.id]">{{ p.displayName }}</a>
              @if (staff() && p.id !== me()) {
                <button nz-button nzSize="small" nz-dropdown [nzDropdownMenu]="menu">
                  {{ 'channels.people.silence' | transloco }}
                </button>
                <nz-dropdown-menu #menu="nzDropdownMenu">
                  <ul nz-menu>
                    @for (minutes of silenceMinutes; track minutes) {
                      <li nz-menu-item [nzDisabled]="!reason.trim()" (click)="silence(p, minutes)">
                        {{ 'channels.people.for.' + minutes | transloco }}
                      </li>
                    }
                    <li nz-menu-item [nzDisabled]="!reason.trim()" (click)="silence(p, 0)">
                      {{ 'channels.people.lift' | transloco }}
                    </li>
                  </ul>
                </nz-dropdown-menu>
              }
            </li>
          }
        </ul>
      </ng-container>
    </nz-drawer>
  `,
  styles: `
    .invite {
      display: flex;
      gap: 8px;
      margin-bottom: 8px;
    }
    .picker {
      flex: 1;
    }
    .reason {
      margin-bottom: 12px;
    }
    .people {
      list-style: none;
      padding: 0;
    }
    .people li {
      display: flex;
      justify-content: space-between;
      align-items: center;
      padding: 6px 0;
      border-bottom: 1px solid #f0f0f0;
    }
  `,
})
export class ChannelMembersComponent {
  readonly channelId = input.required<string>();
  readonly people = input.required<ChannelPerson[]>();
  readonly staff = input(false);
  readonly me = input<string | undefined>();
  readonly closed = output<void>();
  /** People were added: the conversation reads its members again. */
  readonly changed = output<void>();

  private readonly api = inject(ChannelsApi);
  private readonly http = inject(HttpClient);
  private readonly notice = inject(Notice);
  protected readonly act = userAction();
  protected readonly found = signal<DirectoryEntry[]>([]);
  protected readonly silenceMinutes = SILENCE_MINUTES;
  protected chosen: string[] = [];
  protected reason = '';

  protected search(q: string): void {
    if (!q.trim()) return;
    this.http
      .get<{ items: DirectoryEntry[] }>('/api/directory', { params: { q, pageSize: 20 } })
      .subscribe({ next: (page) => this.found.set(page.items), error: () => this.found.set([]) });
  }

  protected invite(): Promise<void> {
    return this.act.run(async () => {
      const { added } = await firstValueFrom(this.api.invite(this.channelId(), this.chosen));
      this.notice.success('channels.people.invited', { count: added });
      this.chosen = [];
      this.changed.emit();
    });
  }

  protected silence(person: ChannelPerson, minutes: number): Promise<void> {
    return this.act.run(async () => {
      await firstValueFrom(this.api.silence(this.channelId(), person.id, minutes, this.reason.trim()));
      this.notice.success(minutes ? 'channels.people.silenced' : 'channels.people.lifted', {
        name: person.displayName,
      });
    });
  }
}
