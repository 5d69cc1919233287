import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { can, ErrorCode, Permission, type CaseComment as CaseCommentView } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { ApiException } from '../../platform/errors/api.exception';
import { NotificationsService } from '../notifications';
import { CaseLibraryService } from './case-library.service';
import { CaseComment } from './entities/case-comment.entity';
import { CaseMark } from './entities/case-mark.entity';
import type { QualityCase } from './entities/case.entity';

const notPublished = () =>
  new ApiException(
    ErrorCode.CASE_WRONG_STATE,
    'Only a published case can be liked, bookmarked or commented on.',
  );

/**
 * What members do with a published case: like it, bookmark it, comment on it. A mark is a row
 * keyed by case, reader and kind, so marking twice — or from two tabs at once — counts once.
 */
@Injectable()
export class CaseFeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly library: CaseLibraryService,
    private readonly notifications: NotificationsService,
  ) {}

  async mark(
    reader: RequestUser,
    id: string,
    kind: 'like' | 'bookmark',
    on: boolean,
  ): Promise<{ active: boolean; count: number }> {
    const c = await this.published(reader, id);
    const marks = this.dataSource.getRepository(CaseMark);
    if (on) {
      await marks
        .createQueryBuilder()
        .insert()
        .values({ caseId: c.id, userId: reader.id, kind })
        .orIgnore()
        .execute();
    } else {
      await marks.delete({ caseId: c.id, userId: reader.id, kind });
    }
    return { active: on, count: await marks.countBy({ caseId: c.id, kind }) };
  }

  async comments(reader: RequestUser, id: string): Promise<CaseCommentView[]> {
    const c = await this.library.find(reader, id);
    const rows = await this.dataSource
      .getRepository(CaseComment)
      .find({ where: { caseId: c.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const names = await this.library.names(rows.map((r) => r.authorId));
    return rows.map((r) => this.view(reader, r, names));
  }

  /** A member's comment; the author of the case hears of it (unless they wrote it). */
  async comment(reader: RequestUser, id: string, body: string): Promise<CaseCommentView> {
    const c = await this.published(reader, id);
    const { saved, push } = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(CaseComment, { caseId: c.id, authorId: reader.id, body }),
      );
      const commenter = (await this.library.names([reader.id])).get(reader.id) ?? reader.displayName;
      const push =
        c.authorId === reader.id
          ? () => undefined
          : await this.notifications.stage(
              [c.authorId],
              {
                kind: 'case',
                message: { key: 'case.commented', params: { title: c.published!.title, commenter } },
                link: `/cases/${c.id}`,
              },
              manager,
            );
      return { saved, push };
    });
    push();
    return this.view(reader, saved, await this.library.names([reader.id]));
  }

  /** The commenter removes their own comment; moderators any. */
  async removeComment(reader: RequestUser, id: string, commentId: string): Promise<void> {
    await this.library.find(reader, id);
    const repo = this.dataSource.getRepository(CaseComment);
    const row = await repo.findOneBy({ id: commentId, caseId: id });
    if (!row || !this.removable(reader, row)) {
      throw new ApiException(ErrorCode.CASE_COMMENT_NOT_FOUND, 'No such comment.');
    }
    await repo.delete({ id: row.id });
  }

  private async published(reader: RequestUser, id: string): Promise<QualityCase> {
    const c = await this.library.find(reader, id);
    if (!c.published) throw notPublished();
    return c;
  }

  private removable(reader: RequestUser, row: CaseComment): boolean {
    return row.authorId === reader.id || can(reader.roles, Permission.ContentModerate);
  }

  private view(reader: RequestUser, r: CaseComment, names: Map<string, string>): CaseCommentView {
    return {
      id: r.id,
      authorId: r.authorId,
      authorName: names.get(r.authorId) ?? '',
      body: r.body,
      createdAt: r.createdAt.toISOString(),
      removable: this.removable(reader, r),
    };
  }
}
