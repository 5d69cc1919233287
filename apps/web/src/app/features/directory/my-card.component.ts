import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Permission, VISIBILITIES, type MyProfile, type PrivacySettings } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { Notice } from '../../shared/notice';
import { userAction } from '../../shared/user-action';

/** A member's own directory card: bio, topics, and who sees each contact field (or nobody at all). */
@Component({
  selector: 'cqo-my-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    TranslocoPipe,
    InnerLabelDirective,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzInputModule,
    NzSelectModule,
  ],
  template: `
    @if (me()) {
      <nz-card class="gap" [nzTitle]="'dir.myCard' | transloco" data-testid="dir-privacy">
        <label for="bio">{{ 'dir.bio' | transloco }}</label>
        <textarea nz-input id="bio" rows="2" [(ngModel)]="bio"></textarea>
        <label for="topics">{{ 'dir.topics' | transloco }}</label>
        <input nz-input id="topics" [(ngModel)]="topics" placeholder="六西格玛, ISO 9001" />
        <div class="grid">
          @for (field of fields; track field) {
            <label [for]="'vis-' + field">{{ 'dir.fields.' + field | transloco }}</label>
            <nz-select
              [id]="'vis-' + field"
              [(ngModel)]="privacy[field]"
              [attr.aria-label]="'dir.fields.' + field | transloco"
            >
              @for (v of visibilities; track v) {
                <nz-option [nzValue]="v" [nzLabel]="'dir.visibility.' + v | transloco" />
              }
            </nz-select>
          }
        </div>
        <label nz-checkbox [(ngModel)]="privacy.hidden">{{ 'dir.hide' | transloco }}</label>
        <div>
          <button nz-button nzType="primary" class="gap" [nzLoading]="action.busy()" (click)="save()">
            {{ 'common.save' | transloco }}
          </button>
        </div>
      </nz-card>
    }
  `,
  styles: `
    .gap {
      margin-top: 16px;
    }
    .grid {
      display: grid;
      grid-template-columns: max-content minmax(140px, 220px);
      gap: 8px 12px;
      align-items: center;
      margin: 12px 0;
    }
  `,
})
export class MyCardComponent {
  private readonly http = inject(HttpClient);
  private readonly notice = inject(Notice);
  protected readonly action = userAction();
  protected readonly visibilities = VISIBILITIES;
  protected readonly fields = ['phone', 'email', 'position', 'bio'] as const;
  protected readonly me = signal<MyProfile | null>(null);
  protected privacy: PrivacySettings = {
    phone: 'staff',
    email: 'members',
    position: 'members',
    bio: 'members',
    hidden: false,
  };
  protected bio = '';
  protected topics = '';
  /** The card changed: the directory shows it anew. */
  readonly saved = output<void>();

  constructor() {
    // Only members have a card: staff and admins reading the directory are not asked about theirs.
    if (!inject(AuthService).can(Permission.MemberOwn)) return;
    void firstValueFrom(this.http.get<MyProfile>('/api/me/profile')).then((me) => this.show(me));
  }

  save(): Promise<void> {
    return this.action.run(async () => {
      const topics = this.topics
        .split(/[,，、]/)
        .map((t) => t.trim())
        .filter(Boolean);
      await firstValueFrom(this.http.put('/api/me/profile', { bio: this.bio, topics }));
      this.show(await firstValueFrom(this.http.put<MyProfile>('/api/me/privacy', this.privacy)));
      this.notice.success('dir.saved');
      this.saved.emit();
    });
  }

  private show(me: MyProfile): void {
    this.me.set(me);
    this.privacy = { ...me.privacy };
    this.bio = me.bio ?? '';
    this.topics = me.topics.join(', ');
  }
}
