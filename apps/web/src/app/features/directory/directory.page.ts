import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { getIndustry } from '@cqo/rules';
import { VISIBILITIES, type DirectoryEntry, type MyProfile, type PrivacySettings } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { regionLabel } from '../../shared/list/filter-options';
import { FilterBarComponent, type FilterBarControl } from '../../shared/list/filters';
import { ListPage } from '../../shared/list/list-page';
import { filter } from '../../shared/list/list-query';
import { PagedRowDirective, PagedTableComponent } from '../../shared/list/paged-table.component';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { PageComponent } from '../../shared/page.component';
import { Notice } from '../../shared/notice';

/** Members find each other; each member decides here what others see of them. */
@Component({
  selector: 'cqo-directory-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PageComponent,
    InnerLabelDirective,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzInputModule,
    NzSelectModule,
    FilterBarComponent,
    PagedTableComponent,
    PagedRowDirective,
    NzTagModule,
  ],
  template: `
    <cqo-page title="dir.title">
      <cqo-filter-bar [list]="list" [controls]="filters" />
      <cqo-paged-table
        [list]="list"
        [columns]="columns"
        label="dir.title"
        tableClass="stack-on-phone"
        testId="dir-table"
      >
        <ng-template [cqoRow]="list" let-m>
          <td>
            <a [routerLink]="['/directory', m.userId]">{{ m.name }}</a>
            @if (m.position) {
              <div class="muted">{{ m.position }}</div>
            }
          </td>
          <td>
            {{ m.enterpriseName }}
            @if (m.enterpriseSize) {
              <nz-tag>{{ 'sizes.' + m.enterpriseSize | transloco }}</nz-tag>
            }
            @for (topic of m.topics; track topic) {
              <nz-tag nzColor="blue">{{ topic }}</nz-tag>
            }
          </td>
          <td [attr.data-label]="'dir.industry' | transloco">{{ industryName(m.industryCode) }}</td>
          <td [attr.data-label]="'dir.region' | transloco">{{ regionLabel(m.regionCode) }}</td>
          <td [attr.data-label]="'dir.contact' | transloco">{{ contact(m) }}</td>
        </ng-template>
      </cqo-paged-table>

      @if (me(); as me) {
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
            <button nz-button nzType="primary" class="gap" (click)="saveMine()">
              {{ 'common.save' | transloco }}
            </button>
          </div>
        </nz-card>
      }
    </cqo-page>
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
    .muted {
      color: #5c6370;
      font-size: 12px;
    }
  `,
})
export class DirectoryPage {
  private readonly http = inject(HttpClient);
  private readonly notice = inject(Notice);
  protected readonly visibilities = VISIBILITIES;
  protected readonly fields = ['phone', 'email', 'position', 'bio'] as const;
  protected readonly regionLabel = regionLabel;
  protected readonly filters: FilterBarControl[] = [
    { kind: 'search', key: 'q', placeholder: 'dir.searchPlaceholder', testId: 'dir-search' },
    { kind: 'choice', key: 'industry', preset: 'industry', testId: 'dir-industry' },
    { kind: 'choice', key: 'region', preset: 'district', label: 'dir.region', testId: 'dir-region' },
    { kind: 'choice', key: 'size', preset: 'size', label: 'dir.size' },
    { kind: 'number', key: 'minYears', label: 'dir.minYears', max: 60 },
  ];
  protected readonly columns = ['dir.name', 'dir.enterprise', 'dir.industry', 'dir.region', 'dir.contact'];
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
  protected readonly list = new ListPage({
    filters: {
      q: filter.text(),
      industry: filter.choice(),
      region: filter.choice(),
      size: filter.list(),
      minYears: filter.number(),
    },
    fetch: (f, page, pageSize) => {
      let params = new HttpParams().set('page', page).set('pageSize', pageSize);
      if (f.q) params = params.set('q', f.q);
      if (f.industry) params = params.set('industry', f.industry);
      if (f.region) params = params.set('region', f.region);
      if (f.minYears !== null) params = params.set('minYears', f.minYears);
      if (f.size.length) params = params.set('size', f.size.join(','));
      return this.http.get<{ items: DirectoryEntry[]; total: number }>('/api/directory', { params });
    },
  });

  constructor() {
    void firstValueFrom(this.http.get<MyProfile>('/api/me/profile')).then(
      (me) => {
        this.me.set(me);
        this.privacy = { ...me.privacy };
        this.bio = me.bio ?? '';
        this.topics = me.topics.join(', ');
      },
      () => undefined, // staff have no card of their own
    );
  }

  contact(m: DirectoryEntry): string {
    return [m.email, m.phone].filter(Boolean).join(' ');
  }

  industryName(code: string | null): string {
    return code ? (getIndustry(code)?.name ?? code) : '';
  }

  async saveMine(): Promise<void> {
    try {
      await firstValueFrom(
        this.http.put('/api/me/profile', {
          bio: this.bio,
          topics: this.topics
            .split(/[,，、]/)
            .map((t) => t.trim())
            .filter(Boolean),
        }),
      );
      this.me.set(await firstValueFrom(this.http.put<MyProfile>('/api/me/privacy', this.privacy)));
      this.notice.success('dir.saved');
      await this.list.reload();
    } catch (e) {
      this.notice.failure(e);
    }
  }
}
