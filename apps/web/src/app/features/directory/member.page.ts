import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { IndustryNamePipe } from '../../shared/code-names.pipe';
import { TranslocoPipe } from '@jsverse/transloco';
import { regionFullNameIn } from '@cqo/rules';
import type { DirectConversation, DirectoryEntry } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/i18n';
import { userAction } from '../../shared/user-action';

/** One member's page: what they let the reader see. */
@Component({
  selector: 'cqo-member-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    IndustryNamePipe,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzResultModule,
    NzTagModule,
  ],
  template: `
    <section class="page">
      <a routerLink="/directory">← {{ 'dir.title' | transloco }}</a>
      @if (m(); as m) {
        <div class="title-row">
          <h1 class="page-title" data-testid="member-name">{{ m.name }}</h1>
          @if (m.userId !== me()) {
            <button
              nz-button
              nzType="primary"
              data-testid="direct-message"
              [nzLoading]="act.busy()"
              (click)="write(m.userId)"
            >
              {{ 'dir.directMessage' | transloco }}
            </button>
          }
        </div>
        <nz-card>
          <nz-descriptions nzBordered [nzColumn]="{ xs: 1, sm: 1, md: 2 }">
            <nz-descriptions-item [nzTitle]="'dir.enterprise' | transloco">{{
              m.enterpriseName
            }}</nz-descriptions-item>
            @if (m.position !== undefined) {
              <nz-descriptions-item [nzTitle]="'dir.fields.position' | transloco">{{
                m.position
              }}</nz-descriptions-item>
            }
            <nz-descriptions-item [nzTitle]="'dir.industry' | transloco">{{
              m.industryCode | industry: 'code'
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'dir.region' | transloco">{{
              region(m.regionCode)
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'dir.size' | transloco">
              @if (m.enterpriseSize) {
                {{ 'sizes.' + m.enterpriseSize | transloco }}
              }
            </nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'dir.years' | transloco">{{
              m.qualityYears
            }}</nz-descriptions-item>
            @if (m.email !== undefined) {
              <nz-descriptions-item [nzTitle]="'dir.fields.email' | transloco">{{
                m.email
              }}</nz-descriptions-item>
            }
            @if (m.phone !== undefined) {
              <nz-descriptions-item [nzTitle]="'dir.fields.phone' | transloco">{{
                m.phone
              }}</nz-descriptions-item>
            }
          </nz-descriptions>
          @if (m.topics.length) {
            <p class="gap">
              @for (t of m.topics; track t) {
                <nz-tag nzColor="blue">{{ t }}</nz-tag>
              }
            </p>
          }
          @if (m.bio) {
            <p class="gap bio">{{ m.bio }}</p>
          }
        </nz-card>
      } @else if (missing()) {
        <nz-result nzStatus="404" [nzTitle]="'dir.notFound' | transloco" />
      }
    </section>
  `,
  styles: `
    .title-row {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
      flex-wrap: wrap;
    }
    .gap {
      margin-top: 12px;
    }
    .bio {
      white-space: pre-wrap;
    }
  `,
})
export class MemberPage {
  private readonly http = inject(HttpClient);
  private readonly lang = inject(LanguageService).lang;
  readonly id = input.required<string>();
  protected readonly m = signal<DirectoryEntry | null>(null);
  protected readonly missing = signal(false);
  protected readonly me = computed(() => this.auth.user()?.id);
  protected readonly act = userAction();
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  constructor() {
    effect(() => void this.load(this.id()));
  }

  private async load(id: string): Promise<void> {
    try {
      this.m.set(await firstValueFrom(this.http.get<DirectoryEntry>(`/api/directory/${id}`)));
    } catch {
      this.missing.set(true);
    }
  }

  /** Opens (or finds) the one-to-one conversation with this member. */
  protected write(userId: string): Promise<void> {
    return this.act.run(async () => {
      const { channelId } = await firstValueFrom(
        this.http.post<DirectConversation>(`/api/direct/${userId}`, {}),
      );
      await this.router.navigate(['/channels', channelId]);
    });
  }

  region(code: string | null): string {
    return code ? regionFullNameIn(this.lang(), code) : '';
  }
}
