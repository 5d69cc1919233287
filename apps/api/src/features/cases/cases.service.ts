import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, FieldErrorCode, Permission, type CaseMethod } from '@cqo/contracts';
import { isIndustryClass } from '@cqo/rules';
import type { RequestUser } from '../../platform/auth/request-user';
import { Clock } from '../../platform/clock/clock';
import { ApiException } from '../../platform/errors/api.exception';
import { FilesService } from '../../platform/files/files.service';
import { renderMarkdown } from '../../platform/markdown/markdown';
import { UsersService } from '../accounts';
import { MemberProfilesService } from '../directory';
import { NotificationsService } from '../notifications';
import { CASE_FILES } from './case-files';
import { isCaseStaff, mayEdit } from './case-access';
import type { CaseInputDto, CasePatchDto, CaseReviewDto } from './dto/case.dto';
import { CaseComment } from './entities/case-comment.entity';
import { CaseMark } from './entities/case-mark.entity';
import { QualityCase, workingVersion } from './entities/case.entity';
import { CaseSearch } from './search-source';

export const caseNotFound = () => new ApiException(ErrorCode.CASE_NOT_FOUND, 'No such case.');
const wrongState = (message: string) => new ApiException(ErrorCode.CASE_WRONG_STATE, message);

/**
 * Writing and the workflow of cases: draft → submitted → published, or returned with a comment;
 * staff may publish directly. An author's edit of a published case goes back to review while the
 * published version stays what readers see. Each step locks the case's row, so two reviewers (or
 * an author editing while staff review) cannot both win.
 */
@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: MemberProfilesService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly files: FilesService,
    private readonly search: CaseSearch,
    private readonly clock: Clock,
  ) {}

  async create(author: RequestUser, input: CaseInputDto): Promise<QualityCase> {
    checkIndustry(input.industryCode);
    const enterpriseName = input.enterpriseName ?? (await this.ownEnterprise(author));
    const row = this.dataSource.getRepository(QualityCase).create({
      authorId: author.id,
      status: 'draft',
      title: input.title,
      summary: input.summary,
      body: input.body,
      bodyHtml: renderMarkdown(input.body),
      industryCode: input.industryCode,
      methods: unique(input.methods),
      tags: unique(input.tags ?? []),
      results: input.results ?? [],
      enterpriseName,
      year: input.year ?? null,
      published: null,
    });
    return this.dataSource.getRepository(QualityCase).save(row);
  }

  /**
   * Changes the working copy. The author's change to a published case waits for review (staff are
   * told); staff's change to a published case is published with it.
   */
  async update(editor: RequestUser, id: string, patch: CasePatchDto): Promise<QualityCase> {
    if (patch.industryCode !== undefined) checkIndustry(patch.industryCode);
    const push = await this.dataSource.transaction(async (manager) => {
      const c = await this.lock(manager, id, editor);
      const { methods, tags, ...plain } = patch;
      Object.assign(c, plain);
      if (methods) c.methods = unique(methods);
      if (tags) c.tags = unique(tags);
      if (patch.body !== undefined) c.bodyHtml = renderMarkdown(patch.body);
      let pushed: (() => void) | void = undefined;
      if (c.published) {
        if (isCaseStaff(editor)) {
          this.publishCopy(c);
        } else if (c.status !== 'submitted') {
          c.status = 'submitted';
          c.submittedAt = this.clock.now();
          pushed = await this.tellReviewers(c, true, manager);
        }
      }
      await manager.save(c);
      await this.search.changed([c.id], manager);
      return { c, pushed };
    });
    push.pushed?.();
    this.search.soon();
    return push.c;
  }

  /** The author hands the case to staff. */
  async submit(author: RequestUser, id: string): Promise<QualityCase> {
    const { c, push } = await this.dataSource.transaction(async (manager) => {
      const c = await this.lock(manager, id, author);
      if (c.authorId !== author.id) throw caseNotFound();
      if (c.status === 'submitted') throw wrongState('The case is already waiting for review.');
      if (c.status === 'published')
        throw wrongState('The case is published; change it to submit a revision.');
      c.status = 'submitted';
      c.submittedAt = this.clock.now();
      await manager.save(c);
      return { c, push: await this.tellReviewers(c, !!c.published, manager) };
    });
    push();
    return c;
  }

  /** Staff publish a submitted case, or return it with what to change. */
  async review(staff: RequestUser, id: string, dto: CaseReviewDto): Promise<QualityCase> {
    const comment = dto.comment?.trim() || null;
    if (dto.decision === 'return' && !comment) {
      throw new ApiException(
        ErrorCode.VALIDATION_FAILED,
        'Say what to change, so the author knows what to do.',
        [{ field: 'comment', code: FieldErrorCode.REQUIRED }],
      );
    }
    const { c, push } = await this.dataSource.transaction(async (manager) => {
      const c = await this.lock(manager, id, staff);
      if (c.status !== 'submitted') throw wrongState('Only a submitted case can be reviewed.');
      if (dto.decision === 'publish') this.publishCopy(c);
      else c.status = 'returned';
      c.reviewComment = comment;
      c.reviewedBy = staff.id;
      c.reviewedAt = this.clock.now();
      await manager.save(c);
      await this.search.changed([c.id], manager);
      const push =
        c.authorId === staff.id
          ? () => undefined
          : await this.notifications.stage(
              [c.authorId],
              {
                kind: 'case',
                message: {
                  key: 'case.reviewed',
                  params: { title: c.title, decision: dto.decision, comment },
                },
                link: `/cases/${c.id}`,
              },
              manager,
            );
      return { c, push };
    });
    push();
    this.search.soon();
    return c;
  }

  /** Staff publish directly, from any state (their own writing, or a case they have edited). */
  async publish(staff: RequestUser, id: string): Promise<QualityCase> {
    const c = await this.dataSource.transaction(async (manager) => {
      const c = await this.lock(manager, id, staff);
      this.publishCopy(c);
      c.reviewedBy = staff.id;
      c.reviewedAt = this.clock.now();
      await manager.save(c);
      await this.search.changed([c.id], manager);
      return c;
    });
    this.search.soon();
    return c;
  }

  /** Staff put a published case on the home page, or take it off. */
  async feature(id: string, featured: boolean): Promise<QualityCase> {
    return this.dataSource.transaction(async (manager) => {
      const c = await manager.findOne(QualityCase, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw caseNotFound();
      if (featured && !c.published) throw wrongState('Only a published case can be featured.');
      c.featured = featured;
      return manager.save(c);
    });
  }

  /** The author or staff delete a case with its marks, comments and files. */
  async delete(reader: RequestUser, id: string): Promise<void> {
    const c = await this.dataSource.getRepository(QualityCase).findOneBy({ id });
    if (!c || !mayEdit(reader, c)) throw caseNotFound();
    await this.remove([id]);
  }

  /** How many cases these people wrote (what removing their accounts takes with them). */
  countByAuthors(ids: string[]): Promise<number> {
    return ids.length
      ? this.dataSource.getRepository(QualityCase).countBy({ authorId: In(ids) })
      : Promise.resolve(0);
  }

  /** Deletes cases and what hangs on them (a removed account's drafts, demo content). */
  async remove(ids: string[], manager?: EntityManager): Promise<void> {
    if (!ids.length) return;
    const run = async (m: EntityManager) => {
      await m.delete(CaseMark, { caseId: In(ids) });
      await m.delete(CaseComment, { caseId: In(ids) });
      await m.delete(QualityCase, { id: In(ids) });
      await this.files.removeAllFor(CASE_FILES, ids, m);
      await this.search.changed(ids, m);
    };
    if (manager) await run(manager);
    else await this.dataSource.transaction(run);
    this.search.soon();
  }

  /** The case locked for a change by someone who may make it (others are told it does not exist). */
  private async lock(manager: EntityManager, id: string, editor: RequestUser): Promise<QualityCase> {
    const c = await manager.findOne(QualityCase, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!c || !mayEdit(editor, c)) throw caseNotFound();
    return c;
  }

  /** The working copy becomes what readers see. */
  private publishCopy(c: QualityCase): void {
    c.published = workingVersion(c);
    c.status = 'published';
    c.publishedAt ??= this.clock.now();
  }

  private async tellReviewers(
    c: QualityCase,
    revision: boolean,
    manager: EntityManager,
  ): Promise<() => void> {
    const reviewers = (await this.users.withPermission(Permission.ContentPublish, manager)).filter(
      (u) => u !== c.authorId,
    );
    return this.notifications.stage(
      reviewers,
      {
        kind: 'case',
        message: { key: 'case.submitted', params: { title: c.title, revision } },
        link: `/cases/${c.id}`,
      },
      manager,
    );
  }

  private async ownEnterprise(author: RequestUser): Promise<string> {
    const profile = await this.profiles.findByUser(author.id);
    if (profile?.enterpriseName) return profile.enterpriseName;
    throw new ApiException(ErrorCode.VALIDATION_FAILED, 'Name the enterprise the case comes from.', [
      { field: 'enterpriseName', code: FieldErrorCode.REQUIRED },
    ]);
  }
}

function checkIndustry(code: string): void {
  if (!isIndustryClass(code)) {
    throw new ApiException(ErrorCode.VALIDATION_FAILED, `${code} is not a GB/T 4754-2017 class.`, [
      { field: 'industryCode', code: FieldErrorCode.INVALID_VALUE },
    ]);
  }
}

function unique<T extends string | CaseMethod>(list: T[]): T[] {
  return [...new Set(list)];
}
