import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Permission, type CaseSummary } from '@cqo/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, type Observable } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { AttachmentListComponent } from '../../shared/attachments/attachment-list.component';
import { IndustryNamePipe } from '../../shared/code-names.pipe';
import { Notice } from '../../shared/notice';
import { RichTextDirective } from '../../shared/rich-text.directive';
import { CaseCommentsComponent } from './case-comments.component';
import { CasesApi, type CaseView } from './cases.api';

/**
 * One case: for members the whole case with its results, likes, bookmarks, comments and related
 * cases; for visitors its title and summary. Its author and staff see where it stands in review,
 * and staff review, publish and feature it here.
 */
@Component({
  selector: 'cqo-case-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    AttachmentListComponent,
    CaseCommentsComponent,
    IndustryNamePipe,
    RichTextDirective,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzInputModule,
    NzPopconfirmModule,
    NzTagModule,
  ],
  template: `
    <section class="page">
      <a routerLink="/cases">← {{ 'cases.pageTitle' | transloco }}</a>
      @if (c(); as c) {
        <h1 class="page-title" data-testid="case-title">{{ c.title }}</h1>
        <div class="meta">
          @if (c.featured) {
            <nz-tag nzColor="gold">{{ 'cases.featured' | transloco }}</nz-tag>
          }
          @if (c.editable) {
            <nz-tag data-testid="case-status">{{ 'cases.statuses.' + c.status | transloco }}</nz-tag>
          }
          @for (m of c.methods; track m) {
            <nz-tag nzColor="blue">{{ 'cases.methods.' + m | transloco }}</nz-tag>
          }
          @for (tag of c.tags; track tag) {
            <nz-tag>{{ tag }}</nz-tag>
          }
        </div>
        <p class="muted">
          {{ c.enterpriseName }} · {{ c.industryCode | industry }}
          @if (c.year) {
            · {{ c.year }}
          }
          @if (c.authorName) {
            · {{ 'cases.author' | transloco }} {{ c.authorName }}
          }
          @if (c.publishedAt) {
            · <span class="nowrap">{{ c.publishedAt | date: 'yyyy-MM-dd' }}</span>
          }
        </p>
        @if (c.editable && c.publishedVersion) {
          <nz-alert nzType="info" nzShowIcon [nzMessage]="'cases.pendingRevision' | transloco" class="gap" />
        }
        @if (c.editable && c.status === 'returned' && c.reviewComment) {
          <nz-alert
            nzType="warning"
            nzShowIcon
            [nzMessage]="'cases.returnedWith' | transloco: { comment: c.reviewComment }"
            class="gap"
            data-testid="case-returned"
          />
        }
        <nz-card class="gap">
          <p class="summary" data-testid="case-summary">{{ c.summary }}</p>
          @if (c.full) {
            @if (c.results.length) {
              <h2 class="section">{{ 'cases.results' | transloco }}</h2>
              <table class="results" data-testid="case-results">
                <thead>
                  <tr>
                    <th scope="col">{{ 'cases.metric' | transloco }}</th>
                    <th scope="col">{{ 'cases.before' | transloco }}</th>
                    <th scope="col">{{ 'cases.after' | transloco }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of c.results; track $index) {
                    <tr>
                      <td>{{ r.metric }}</td>
                      <td>{{ r.before }}</td>
                      <td class="after">{{ r.after }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            }
            <article class="body" [cqoRichText]="c.bodyHtml" data-testid="case-body"></article>
            @if (c.attachments.length || c.editable) {
              <cqo-attachment-list
                [files]="c.attachments"
                [base]="'/api/cases/' + c.id + '/attachments'"
                [editable]="c.editable"
                (changed)="reload()"
              />
            }
          } @else {
            <nz-alert nzType="info" [nzMessage]="signIn" data-testid="case-sign-in" />
            <ng-template #signIn>
              {{ 'cases.signInToRead' | transloco }}
              <a routerLink="/login" [queryParams]="{ returnUrl: '/cases/' + c.id }">{{
                'cases.signIn' | transloco
              }}</a>
            </ng-template>
          }
        </nz-card>

        @if (member && c.publishedAt) {
          <div class="actions">
            <button
              nz-button
              [nzType]="c.liked ? 'primary' : 'default'"
              [attr.aria-pressed]="c.liked"
              (click)="toggle('like')"
              data-testid="case-like"
            >
              {{ (c.liked ? 'cases.liked' : 'cases.like') | transloco }} · {{ c.likes }}
            </button>
            <button
              nz-button
              [nzType]="c.bookmarked ? 'primary' : 'default'"
              [attr.aria-pressed]="c.bookmarked"
              (click)="toggle('bookmark')"
              data-testid="case-bookmark"
            >
              {{ (c.bookmarked ? 'cases.bookmarked' : 'cases.bookmark') | transloco }}
            </button>
            <span class="muted">{{ 'cases.views' | transloco: { count: c.views } }}</span>
          </div>
        }

        @if (c.editable || staff) {
          <nz-card class="gap" [nzTitle]="(staff ? 'cases.review' : 'cases.edit') | transloco">
            <div class="bar">
              @if (c.editable) {
                <a nz-button [routerLink]="['/cases', c.id, 'edit']" data-testid="case-edit">{{
                  'cases.edit' | transloco
                }}</a>
              }
              @if (c.own && (c.status === 'draft' || c.status === 'returned')) {
                <button nz-button nzType="primary" (click)="submit()" data-testid="case-submit">
                  {{ 'cases.submit' | transloco }}
                </button>
              }
              @if (staff && c.status !== 'published' && c.status !== 'submitted') {
                <button nz-button (click)="publish()" data-testid="case-publish">
                  {{ 'cases.publish' | transloco }}
                </button>
              }
              @if (staff && c.publishedAt) {
                <button nz-button (click)="feature(!c.featured)" data-testid="case-feature">
                  {{ (c.featured ? 'cases.unfeature' : 'cases.feature') | transloco }}
                </button>
              }
              @if (c.editable) {
                <button
                  nz-button
                  nzDanger
                  nz-popconfirm
                  [nzPopconfirmTitle]="'cases.deleteConfirm' | transloco"
                  (nzOnConfirm)="remove()"
                >
                  {{ 'cases.delete' | transloco }}
                </button>
              }
            </div>
            @if (staff && c.status === 'submitted') {
              <div class="review" data-testid="case-review">
                <label for="case-review-comment">{{ 'cases.reviewComment' | transloco }}</label>
                <textarea nz-input id="case-review-comment" rows="2" [(ngModel)]="reviewComment"></textarea>
                <div class="bar">
                  <button nz-button nzType="primary" (click)="review('publish')" data-testid="case-approve">
                    {{ 'cases.approve' | transloco }}
                  </button>
                  <button nz-button nzDanger (click)="review('return')" data-testid="case-return">
                    {{ 'cases.return' | transloco }}
                  </button>
                </div>
              </div>
            }
          </nz-card>
        }

        @if (member && c.publishedAt) {
          <cqo-case-comments [caseId]="c.id" (changed)="commentsChanged($event)" />
        }

        @if (member) {
          <h2 class="section">{{ 'cases.related' | transloco }}</h2>
          <ul class="related" data-testid="case-related">
            @for (r of related(); track r.id) {
              <li>
                <a [routerLink]="['/cases', r.id]">{{ r.title }}</a>
                <span class="muted"> · {{ r.enterpriseName }}</span>
              </li>
            } @empty {
              <li class="muted">{{ 'cases.noRelated' | transloco }}</li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    .gap {
      margin-top: 12px;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .muted {
      color: #5c6370;
    }
    .nowrap {
      white-space: nowrap;
    }
    .summary {
      font-size: 15px;
      color: #3f4550;
      overflow-wrap: anywhere;
    }
    .section {
      font-size: 18px;
      margin: 24px 0 8px;
    }
    .results {
      border-collapse: collapse;
      margin-bottom: 16px;
      width: 100%;
      max-width: 560px;
    }
    .results th,
    .results td {
      border: 1px solid #e8e8e8;
      padding: 6px 10px;
      text-align: left;
    }
    .results .after {
      color: #237804;
      font-weight: 600;
    }
    .body {
      line-height: 1.8;
      overflow-wrap: anywhere;
    }
    .body ::ng-deep img {
      max-width: 100%;
    }
    .actions,
    .bar {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      align-items: center;
      margin-top: 12px;
    }
    .review {
      margin-top: 12px;
    }
    .related {
      padding-left: 18px;
    }
  `,
})
export class CaseDetailPage {
  private readonly api = inject(CasesApi);
  private readonly notice = inject(Notice);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  readonly id = input.required<string>();
  protected readonly member = this.auth.can(Permission.MemberArea);
  protected readonly staff = this.auth.can(Permission.ContentPublish);
  protected readonly c = signal<CaseView | null>(null);
  protected readonly related = signal<CaseSummary[]>([]);
  protected reviewComment = '';

  constructor() {
    effect(() => void this.load(this.id()));
  }

  private async load(id: string): Promise<void> {
    try {
      this.c.set(await firstValueFrom(this.api.get(id)));
      if (this.member) this.related.set(await firstValueFrom(this.api.related(id)));
    } catch (e) {
      this.notice.failure(e);
    }
  }

  reload(): Promise<void> {
    return this.load(this.id());
  }

  async toggle(kind: 'like' | 'bookmark'): Promise<void> {
    const c = this.c();
    if (!c) return;
    const on = kind === 'like' ? !c.liked : !c.bookmarked;
    try {
      const r = await firstValueFrom(this.api.mark(c.id, kind, on));
      this.c.set(
        kind === 'like'
          ? { ...c, liked: r.active, likes: r.count }
          : { ...c, bookmarked: r.active, bookmarks: r.count },
      );
    } catch (e) {
      this.notice.failure(e);
    }
  }

  commentsChanged(count: number): void {
    const c = this.c();
    if (c) this.c.set({ ...c, comments: count });
  }

  submit(): Promise<void> {
    return this.run(this.api.submit(this.id()), 'cases.submitted');
  }
  publish(): Promise<void> {
    return this.run(this.api.publish(this.id()), 'cases.published');
  }
  feature(on: boolean): Promise<void> {
    return this.run(this.api.feature(this.id(), on), on ? 'cases.featuredOn' : 'cases.featuredOff');
  }
  review(decision: 'publish' | 'return'): Promise<void> {
    return this.run(
      this.api.review(this.id(), { decision, comment: this.reviewComment.trim() || undefined }),
      decision === 'publish' ? 'cases.published' : 'cases.returned',
    );
  }

  async remove(): Promise<void> {
    try {
      await firstValueFrom(this.api.remove(this.id()));
      this.notice.success('cases.deleted');
      await this.router.navigate(['/cases'], { queryParams: { scope: 'mine' } });
    } catch (e) {
      this.notice.failure(e);
    }
  }

  private async run(call: Observable<unknown>, done: string): Promise<void> {
    try {
      await firstValueFrom(call);
      this.notice.success(done);
      await this.reload();
    } catch (e) {
      this.notice.failure(e);
    }
  }
}
