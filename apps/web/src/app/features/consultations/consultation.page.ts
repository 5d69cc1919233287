import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Permission, type ConsultationClause, type SurveyQuestion } from '@cqo/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { AttachmentListComponent } from '../../shared/attachments/attachment-list.component';
import { saveBlob } from '../../shared/save-blob';
import { Notice } from '../../shared/notice';
import { userAction } from '../../shared/user-action';
import { ClauseTreeComponent } from './clause-tree.component';
import { CommentDrawerComponent, type CommentBlock } from './comment-drawer.component';
import { STATUS_COLORS } from './consultation-status';
import { ConsultationsApi, type ConsultationView } from './consultations.api';
import { DispositionTableComponent } from './disposition-table.component';
import { MyCommentsComponent } from './my-comments.component';
import { SurveyFormComponent } from './survey-form.component';
import { SurveyResultsComponent } from './survey-results.component';

/**
 * One consultation: its facts and attachments; the draft clause by clause with a comment drawer
 * per clause; the survey; for a member their own comments (with dispositions once published);
 * for staff the lifecycle, the disposition table, the results and the exports.
 */
@Component({
  selector: 'cqo-consultation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslocoPipe,
    AttachmentListComponent,
    ClauseTreeComponent,
    CommentDrawerComponent,
    DispositionTableComponent,
    MyCommentsComponent,
    SurveyFormComponent,
    SurveyResultsComponent,
    NzAlertModule,
    NzButtonModule,
    NzPopconfirmModule,
    NzTabsModule,
    NzTagModule,
  ],
  template: `
    <section class="page">
      <a routerLink="/consultations">← {{ 'cons.pageTitle' | transloco }}</a>
      @if (c(); as c) {
        <h1 class="page-title" data-testid="cons-title">{{ c.title }}</h1>
        <div class="meta">
          <nz-tag [nzColor]="colors[c.status]" data-testid="cons-status">{{
            'cons.statuses.' + c.status | transloco
          }}</nz-tag>
          <nz-tag>{{ 'cons.kinds.' + c.kind | transloco }}</nz-tag>
          <span class="code">{{ c.standardCode }}</span>
        </div>
        <dl class="facts">
          @if (c.draftingOrganisation) {
            <dt>{{ 'cons.drafting' | transloco }}</dt>
            <dd>{{ c.draftingOrganisation }}</dd>
          }
          <dt>{{ 'cons.opensOn' | transloco }} – {{ 'cons.closesOnLabel' | transloco }}</dt>
          <dd>{{ 'cons.window' | transloco: { from: c.opensOn, to: c.closesOn } }}</dd>
          @if (c.contact) {
            <dt>{{ 'cons.contact' | transloco }}</dt>
            <dd>{{ c.contact }}</dd>
          }
          <dt>{{ 'cons.audience' | transloco }}</dt>
          <dd>{{ 'cons.audiences.' + c.audience.type | transloco }}</dd>
        </dl>
        @if (c.description) {
          <p class="description">{{ c.description }}</p>
        }
        @if (c.attachments.length || staff) {
          <cqo-attachment-list
            [files]="c.attachments"
            [base]="'/api/consultations/' + c.id + '/attachments'"
            [editable]="staff"
            (changed)="reload()"
          />
        }

        @if (staff) {
          <div class="bar" data-testid="cons-staff-actions">
            @if (c.status === 'draft' || c.status === 'scheduled' || c.status === 'open') {
              <a nz-button [routerLink]="['/consultations', c.id, 'edit']" data-testid="cons-edit">{{
                'cons.actions.edit' | transloco
              }}</a>
            }
            @if (c.status === 'draft' || c.status === 'scheduled') {
              <button
                nz-button
                nzType="primary"
                [nzLoading]="busy()"
                (click)="act('open')"
                data-testid="cons-open"
              >
                {{ 'cons.actions.open' | transloco }}
              </button>
            }
            @if (c.status === 'open') {
              <button
                nz-button
                nzDanger
                nz-popconfirm
                [nzPopconfirmTitle]="'cons.actions.closeConfirm' | transloco"
                (nzOnConfirm)="act('close')"
                data-testid="cons-close"
              >
                {{ 'cons.actions.close' | transloco }}
              </button>
            }
            @if (c.status === 'concluded') {
              <button
                nz-button
                nzType="primary"
                [nzLoading]="busy()"
                (click)="act('publish-results')"
                data-testid="cons-publish"
              >
                {{ 'cons.actions.publish' | transloco }}
              </button>
            }
            @if (c.comments) {
              <button nz-button (click)="download('comment-table.xlsx')" data-testid="cons-export-xlsx">
                {{ 'cons.actions.exportXlsx' | transloco }}
              </button>
              <button nz-button (click)="download('comment-table.docx')" data-testid="cons-export-docx">
                {{ 'cons.actions.exportDocx' | transloco }}
              </button>
            }
            @if (c.responses) {
              <button nz-button (click)="download('responses.xlsx')">
                {{ 'cons.actions.exportResponses' | transloco }}
              </button>
            }
          </div>
        }

        <nz-tabs [nzSelectedIndex]="tab()" (nzSelectedIndexChange)="tab.set($event)" class="tabs">
          <nz-tab [nzTitle]="'cons.tabsDetail.clauses' | transloco">
            <div class="bar">
              <button nz-button (click)="openClause(null)" data-testid="comment-whole">
                {{ 'cons.commentOnWhole' | transloco }}
              </button>
            </div>
            <cqo-clause-tree [clauses]="clauses()" (selected)="openClause($event)" />
          </nz-tab>
          @if (questions().length) {
            <nz-tab [nzTitle]="'cons.tabsDetail.survey' | transloco">
              <cqo-survey-form
                [consultationId]="c.id"
                [questions]="questions()"
                [readOnly]="!c.canParticipate"
              />
            </nz-tab>
          }
          @if (c.canParticipate !== undefined) {
            <nz-tab [nzTitle]="'cons.tabsDetail.mine' | transloco">
              <cqo-my-comments [consultationId]="c.id" [version]="version()" />
            </nz-tab>
          }
          @if (
            staff &&
            (c.status === 'closed' || c.status === 'concluded' || c.status === 'published' || c.comments)
          ) {
            <nz-tab [nzTitle]="'cons.tabsDetail.dispositions' | transloco">
              <cqo-disposition-table
                [consultationId]="c.id"
                [clauses]="clauses()"
                [canDecide]="c.status === 'closed' || c.status === 'concluded'"
                [counts]="{ all: c.comments, undecided: c.undecided }"
                (changed)="reload()"
              />
            </nz-tab>
          }
          @if (questions().length && (staff || c.status === 'published')) {
            <nz-tab [nzTitle]="'cons.tabsDetail.results' | transloco">
              <cqo-survey-results
                [consultationId]="c.id"
                [staff]="staff"
                [published]="c.status === 'published'"
              />
            </nz-tab>
          }
        </nz-tabs>

        @if (drawer(); as d) {
          <cqo-comment-drawer
            [consultation]="c"
            [clause]="d.clause"
            [block]="block()"
            [staff]="staff"
            (closed)="drawer.set(null)"
            (changed)="commentsChanged()"
          />
        }
      }
    </section>
  `,
  styles: `
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      align-items: center;
    }
    .code {
      color: #3f4550;
      font-weight: 500;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 12px;
      margin: 12px 0;
    }
    .facts dt {
      color: #5c6370;
    }
    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .description {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 12px 0;
    }
    .tabs {
      margin-top: 8px;
    }
    @media (max-width: 480px) {
      .facts {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class ConsultationPage {
  private readonly api = inject(ConsultationsApi);
  private readonly notice = inject(Notice);
  private readonly auth = inject(AuthService);
  readonly id = input.required<string>();
  protected readonly staff = this.auth.can(Permission.ContentPublish);
  private readonly member = this.auth.can(Permission.MemberArea);
  protected readonly colors = STATUS_COLORS;
  protected readonly c = signal<ConsultationView | null>(null);
  protected readonly clauses = signal<ConsultationClause[]>([]);
  protected readonly questions = signal<SurveyQuestion[]>([]);
  protected readonly tab = signal(0);
  protected readonly drawer = signal<{ clause: ConsultationClause | null } | null>(null);
  /** Bumped when the member's comments change, so their list reloads. */
  protected readonly version = signal(0);
  private readonly action = userAction();
  protected readonly busy = this.action.busy;

  /** Why this reader cannot comment, when they cannot. */
  protected readonly block = computed<CommentBlock>(() => {
    const c = this.c();
    if (!c || c.canParticipate) return null;
    if (!this.member) return 'signIn';
    if (c.canParticipate === false) return 'closed';
    return this.staff ? 'staff' : 'notAudience';
  });

  constructor() {
    effect(() => void this.load(this.id()));
  }

  private async load(id: string): Promise<void> {
    try {
      const [c, clauses, survey] = await Promise.all([
        firstValueFrom(this.api.get(id)),
        firstValueFrom(this.api.clauses(id)),
        firstValueFrom(this.api.survey(id)),
      ]);
      this.c.set(c);
      this.clauses.set(clauses.items);
      this.questions.set(survey.questions);
    } catch (e) {
      this.notice.failure(e);
    }
  }

  reload(): Promise<void> {
    return this.load(this.id());
  }

  protected openClause(clause: ConsultationClause | null): void {
    this.drawer.set({ clause });
  }

  protected async commentsChanged(): Promise<void> {
    this.version.update((v) => v + 1);
    const [c, clauses] = await Promise.all([
      firstValueFrom(this.api.get(this.id())),
      firstValueFrom(this.api.clauses(this.id())),
    ]);
    this.c.set(c);
    this.clauses.set(clauses.items);
  }

  protected act(action: 'open' | 'close' | 'publish-results'): Promise<void> {
    return this.action.run(async () => {
      await firstValueFrom(this.api.act(this.id(), action));
      this.notice.success('cons.actions.done');
      await this.reload();
    });
  }

  protected download(file: 'comment-table.xlsx' | 'comment-table.docx' | 'responses.xlsx'): Promise<void> {
    const c = this.c()!;
    const names = {
      'comment-table.xlsx': `意见汇总处理表-${c.standardCode}.xlsx`,
      'comment-table.docx': `意见汇总处理表-${c.standardCode}.docx`,
      'responses.xlsx': `问卷答卷-${c.standardCode}.xlsx`,
    };
    return this.action.run(async () =>
      saveBlob(await firstValueFrom(this.api.download(c.id, file)), names[file]),
    );
  }
}
