import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ENTERPRISE_SIZES, getIndustry } from '@cqo/rules';
import { VISIBILITIES, type DirectoryEntry, type MyProfile, type PrivacySettings } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { toClientError } from '../../core/api/api-error';
import { industryFilterOptions, regionLabel, zhuhaiDistrictOptions } from '../../shared/filter-options';
import { errorText } from '../../shared/form-errors';
import { PagedList } from '../../shared/paged-list';
import { InnerLabelDirective } from '../../shared/inner-label.directive';

/** Members find each other; each member decides here what others see of them. */
@Component({
  selector: 'cqo-directory-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    InnerLabelDirective,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
  ],
  template: `
    <section class="page">
      <h1 class="page-title">{{ 'dir.title' | transloco }}</h1>
      <div class="bar">
        <nz-input-search class="search">
          <input
            nz-input
            type="search"
            [(ngModel)]="q"
            (keyup.enter)="list.load(1)"
            [placeholder]="'dir.searchPlaceholder' | transloco"
            [attr.aria-label]="'common.search' | transloco"
            data-testid="dir-search"
          />
        </nz-input-search>
        <nz-select
          class="f-wide"
          [(ngModel)]="industry"
          (ngModelChange)="list.load(1)"
          nzShowSearch
          nzAllowClear
          [nzPlaceHolder]="'dir.industry' | transloco"
          [attr.aria-label]="'dir.industry' | transloco"
          data-testid="dir-industry"
        >
          @for (o of industries; track o.value) {
            <nz-option [nzValue]="o.value" [nzLabel]="o.label" />
          }
        </nz-select>
        <nz-select
          class="f"
          [(ngModel)]="region"
          (ngModelChange)="list.load(1)"
          nzAllowClear
          [nzPlaceHolder]="'dir.region' | transloco"
          [attr.aria-label]="'dir.region' | transloco"
          data-testid="dir-region"
        >
          @for (d of districts; track d.value) {
            <nz-option [nzValue]="d.value" [nzLabel]="d.label" />
          }
        </nz-select>
        <nz-select
          class="f"
          nzMode="multiple"
          [(ngModel)]="size"
          (ngModelChange)="list.load(1)"
          [nzPlaceHolder]="'dir.size' | transloco"
          [attr.aria-label]="'dir.size' | transloco"
        >
          @for (s of sizes; track s) {
            <nz-option [nzValue]="s" [nzLabel]="'sizes.' + s | transloco" />
          }
        </nz-select>
        <nz-input-number
          class="f-years"
          [(ngModel)]="minYears"
          (ngModelChange)="list.load(1)"
          [nzMin]="0"
          [nzMax]="60"
          [nzPlaceHolder]="'dir.minYears' | transloco"
          [attr.aria-label]="'dir.minYears' | transloco"
        />
        <button nz-button (click)="list.load(1)">{{ 'common.search' | transloco }}</button>
      </div>
      <nz-table
        #t
        [nzData]="list.items()"
        [nzLoading]="list.loading()"
        [nzTotal]="list.total()"
        [nzPageIndex]="list.page()"
        [nzPageSize]="20"
        [nzFrontPagination]="false"
        (nzPageIndexChange)="list.load($event)"
        nzSize="middle"
        class="stack-on-phone"
        data-testid="dir-table"
      >
        <thead>
          <tr>
            <th>{{ 'dir.name' | transloco }}</th>
            <th>{{ 'dir.enterprise' | transloco }}</th>
            <th>{{ 'dir.industry' | transloco }}</th>
            <th>{{ 'dir.region' | transloco }}</th>
            <th>{{ 'dir.contact' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (m of t.data; track m.userId) {
            <tr>
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
            </tr>
          }
        </tbody>
      </nz-table>

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
    </section>
  `,
  styles: `
    .bar {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      align-items: center;
      margin-bottom: 12px;
    }
    .search {
      max-width: 300px;
      display: flex;
    }
    .f {
      width: 140px;
    }
    .f-wide {
      width: 240px;
      max-width: 100%;
    }
    .f-years {
      width: 150px;
    }
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
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);
  protected readonly sizes = ENTERPRISE_SIZES;
  protected readonly visibilities = VISIBILITIES;
  protected readonly fields = ['phone', 'email', 'position', 'bio'] as const;
  protected q = '';
  protected readonly industries = industryFilterOptions();
  protected readonly districts = zhuhaiDistrictOptions();
  protected readonly regionLabel = regionLabel;
  protected industry: string | null = null;
  protected region: string | null = null;
  protected minYears: number | null = null;
  protected size: string[] = [];
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
  protected readonly list = new PagedList<DirectoryEntry>((page) => {
    let params = new HttpParams().set('page', page).set('pageSize', 20);
    if (this.q.trim()) params = params.set('q', this.q.trim());
    if (this.industry) params = params.set('industry', this.industry);
    if (this.region) params = params.set('region', this.region);
    if (this.minYears !== null) params = params.set('minYears', this.minYears);
    if (this.size.length) params = params.set('size', this.size.join(','));
    return this.http.get<{ items: DirectoryEntry[]; total: number }>('/api/directory', { params });
  });

  constructor() {
    void this.list.load(1);
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
      this.message.success(this.transloco.translate('dir.saved'));
      await this.list.load(this.list.page());
    } catch (e) {
      this.message.error(errorText(this.transloco, toClientError(e).code));
    }
  }
}
