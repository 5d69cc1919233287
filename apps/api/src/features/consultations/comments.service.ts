import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type CommentGroup, type ConsultationComment as CommentDto } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { AuditService } from '../../platform/audit/audit.service';
import { Clock } from '../../platform/clock/clock';
import { ApiException } from '../../platform/errors/api.exception';
import { UsersService } from '../accounts';
import { MemberProfilesService } from '../directory';
import { isStaff, standingOf } from './consultation-access';
import { ConsultationsService, notFound } from './consultations.service';
import type { CommentInputDto, CommentPatchDto, CommentQuery, DispositionDto } from './dto/consultation.dto';
import { ConsultationClause } from './entities/consultation-clause.entity';
import { ConsultationComment } from './entities/consultation-comment.entity';
import type { Consultation } from './entities/consultation.entity';
import { FiguresCache } from './figures-cache';
import { groupSimilar } from './similar-comments';

const commentNotFound = () => new ApiException(ErrorCode.CONSULTATION_COMMENT_NOT_FOUND, 'No such comment.');

/** A comment as the table and the lists read it: with its clause's number and place. */
export interface PlacedComment {
  comment: ConsultationComment;
  clauseNumber: string | null;
  clausePosition: number;
}

/**
 * Comments clause by clause: members of the audience comment while it is open and may edit or
 * withdraw until it closes; after closing staff record a disposition for each (one at a time or
 * a group at once), which concludes the consultation when none is left.
 */
@Injectable()
export class ConsultationCommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consultations: ConsultationsService,
    private readonly profiles: MemberProfilesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly figures: FiguresCache,
    private readonly clock: Clock,
  ) {}

  async add(member: RequestUser, consultationId: string, input: CommentInputDto): Promise<CommentDto> {
    const profile = await this.profiles.findByUser(member.id);
    const saved = await this.dataSource.transaction(async (manager) => {
      // A shared lock: a closing waits for comments in flight, and none arrives after it.
      const c = await this.consultations.locked(consultationId, manager, 'read');
      this.mayTakePart(member, c, profile);
      if (input.clauseId) await this.clause(c.id, input.clauseId, manager);
      const enterpriseName =
        profile?.enterpriseName ?? (await this.users.displayNames([member.id])).get(member.id) ?? '';
      return manager.getRepository(ConsultationComment).save(
        manager.getRepository(ConsultationComment).create({
          consultationId: c.id,
          clauseId: input.clauseId ?? null,
          authorId: member.id,
          enterpriseName,
          proposedChange: input.proposedChange.trim(),
          reason: (input.reason ?? '').trim(),
        }),
      );
    });
    this.figures.changed(consultationId);
    return (await this.present(member, [saved], true))[0];
  }

  async edit(member: RequestUser, id: string, patch: CommentPatchDto): Promise<CommentDto> {
    const saved = await this.ownOpen(member, id, async (comment, c, manager) => {
      if (patch.clauseId) await this.clause(c.id, patch.clauseId, manager);
      if (patch.clauseId !== undefined) comment.clauseId = patch.clauseId;
      if (patch.proposedChange !== undefined) comment.proposedChange = patch.proposedChange.trim();
      if (patch.reason !== undefined) comment.reason = patch.reason.trim();
      return manager.getRepository(ConsultationComment).save(comment);
    });
    this.figures.changed(saved.consultationId);
    return (await this.present(member, [saved], true))[0];
  }

  async withdraw(member: RequestUser, id: string): Promise<void> {
    const gone = await this.ownOpen(member, id, (comment, _c, manager) => {
      comment.withdrawnAt = this.clock.now();
      return manager.getRepository(ConsultationComment).save(comment);
    });
    this.figures.changed(gone.consultationId);
  }

  /**
   * Staff see every comment; members their own, and the others' when the consultation shows
   * them. Filters: clause ("none": the whole text), decision, enterprise, mine.
   */
  async list(
    reader: RequestUser,
    consultationId: string,
    query: CommentQuery,
  ): Promise<{ items: CommentDto[]; total: number }> {
    const { consultation: c, standing } = await this.consultations.readable(reader, consultationId);
    const staff = standing === 'staff';
    const qb = this.placedQuery(c.id);
    if (!staff && (!c.commentsVisible || query.mine)) qb.andWhere('m.authorId = :me', { me: reader.id });
    if (staff && query.mine) qb.andWhere('m.authorId = :me', { me: reader.id });
    if (query.clause === 'none') qb.andWhere('m.clauseId IS NULL');
    else if (query.clause) qb.andWhere('m.clauseId = :clause', { clause: query.clause });
    if (query.decision === 'undecided') qb.andWhere('m.decision IS NULL');
    else if (query.decision) qb.andWhere('m.decision = :decision', { decision: query.decision });
    if (query.enterprise) {
      qb.andWhere('m.enterpriseName ILIKE :ent', {
        ent: `%${query.enterprise.replace(/[\\%_]/g, (x) => `\\${x}`)}%`,
      });
    }
    const total = await qb.getCount();
    const page = await qb
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getMany();
    return { items: await this.present(reader, page, staff || c.status === 'published'), total };
  }

  /** Every active comment in the order of the table: the whole text first, then clause by clause. */
  async placed(consultationId: string, manager?: EntityManager): Promise<PlacedComment[]> {
    const { entities, raw } = await this.placedQuery(consultationId, manager).getRawAndEntities();
    const byId = new Map(
      raw.map((r: { m_id: string; number: string | null; position: number | null }) => [r.m_id, r]),
    );
    return entities.map((comment) => ({
      comment,
      clauseNumber: byId.get(comment.id)?.number ?? null,
      clausePosition: byId.get(comment.id)?.position ?? -1,
    }));
  }

  async dispose(staff: RequestUser, commentId: string, input: DispositionDto): Promise<CommentDto> {
    const comment = await this.dataSource.getRepository(ConsultationComment).findOneBy({ id: commentId });
    if (!comment) throw commentNotFound();
    await this.disposeMany(staff, comment.consultationId, [commentId], input);
    const fresh = await this.dataSource.getRepository(ConsultationComment).findOneByOrFail({ id: commentId });
    return (await this.present(staff, [fresh], true))[0];
  }

  /** One disposition for many comments of one consultation (each keeps its own record). */
  async disposeMany(
    staff: RequestUser,
    consultationId: string,
    ids: string[],
    input: DispositionDto,
  ): Promise<number> {
    const unique = [...new Set(ids)];
    return this.dataSource.transaction(async (manager) => {
      const c = await this.consultations.locked(consultationId, manager);
      if (c.status !== 'closed' && c.status !== 'concluded') {
        throw new ApiException(
          ErrorCode.CONSULTATION_NOT_CLOSED,
          c.status === 'published'
            ? 'The results are published: dispositions are final.'
            : 'Dispositions are recorded after the consultation closes.',
        );
      }
      const comments = await manager
        .getRepository(ConsultationComment)
        .findBy({ id: In(unique), consultationId: c.id });
      if (comments.length !== unique.length) throw commentNotFound();
      if (comments.some((m) => m.withdrawnAt)) {
        throw new ApiException(ErrorCode.COMMENT_WITHDRAWN, 'A withdrawn comment needs no disposition.');
      }
      const now = this.clock.now();
      await manager.getRepository(ConsultationComment).update(
        { id: In(unique) },
        {
          decision: input.decision,
          decisionReason: input.reason?.trim() || null,
          decidedBy: staff.id,
          decidedAt: now,
        },
      );
      await this.audit.record(
        {
          actorId: staff.id,
          action: 'consultation.disposition',
          subjectType: 'consultation',
          subjectId: c.id,
          meta: { decision: input.decision, comments: unique.length },
        },
        manager,
      );
      await this.consultations.concludeIfDone(c, manager);
      return unique.length;
    });
  }

  /** Groups of near-identical comments on the same clause, still waiting for a disposition. */
  async groups(consultationId: string): Promise<CommentGroup[]> {
    const placed = await this.placed(consultationId);
    const waiting = placed.map((p) => p.comment).filter((m) => !m.decision);
    return groupSimilar(waiting);
  }

  private placedQuery(consultationId: string, manager?: EntityManager) {
    return (manager ?? this.dataSource.manager)
      .getRepository(ConsultationComment)
      .createQueryBuilder('m')
      .leftJoin(ConsultationClause, 'k', 'k.id = m.clauseId')
      .addSelect('k.number', 'number')
      .addSelect('k.position', 'position')
      .where('m.consultationId = :id AND m.withdrawnAt IS NULL', { id: consultationId })
      .orderBy('k.position', 'ASC', 'NULLS FIRST')
      .addOrderBy('m.createdAt', 'ASC')
      .addOrderBy('m.id', 'ASC');
  }

  private mayTakePart(member: RequestUser, c: Consultation, profile: Parameters<typeof standingOf>[2]): void {
    const standing = standingOf(member, c, profile);
    if (!standing) throw notFound();
    if (standing !== 'participant') {
      throw new ApiException(
        ErrorCode.CONSULTATION_NOT_IN_AUDIENCE,
        'This consultation asks other enterprises for their comments.',
      );
    }
    if (c.status !== 'open' || c.closesOn < this.consultations.today()) {
      throw new ApiException(ErrorCode.CONSULTATION_NOT_OPEN, 'The consultation is not open for comments.');
    }
  }

  /** The author's own active comment while the consultation is open, changed under its lock. */
  private async ownOpen(
    member: RequestUser,
    id: string,
    change: (
      comment: ConsultationComment,
      c: Consultation,
      manager: EntityManager,
    ) => Promise<ConsultationComment>,
  ): Promise<ConsultationComment> {
    const profile = await this.profiles.findByUser(member.id);
    return this.dataSource.transaction(async (manager) => {
      const comment = await manager.getRepository(ConsultationComment).findOneBy({ id });
      if (!comment || comment.authorId !== member.id) throw commentNotFound();
      const c = await this.consultations.locked(comment.consultationId, manager, 'read');
      this.mayTakePart(member, c, profile);
      if (comment.withdrawnAt)
        throw new ApiException(ErrorCode.COMMENT_WITHDRAWN, 'The comment was withdrawn.');
      return change(comment, c, manager);
    });
  }

  private async clause(consultationId: string, clauseId: string, manager: EntityManager) {
    const clause = await manager
      .getRepository(ConsultationClause)
      .findOneBy({ id: clauseId, consultationId });
    if (!clause) throw new ApiException(ErrorCode.CLAUSE_NOT_FOUND, 'No such clause in this consultation.');
    return clause;
  }

  private async present(
    reader: RequestUser,
    comments: ConsultationComment[],
    showDecision: boolean,
  ): Promise<CommentDto[]> {
    const staff = isStaff(reader);
    const clauseIds = [...new Set(comments.map((m) => m.clauseId).filter((x): x is string => !!x))];
    const clauses = clauseIds.length
      ? await this.dataSource.getRepository(ConsultationClause).findBy({ id: In(clauseIds) })
      : [];
    const clauseNumbers = new Map(clauses.map((k) => [k.id, k.number]));
    const names = await this.profiles.names(comments.map((m) => m.authorId));
    return comments.map((m) => {
      const mine = m.authorId === reader.id;
      const decided = showDecision || (staff && !!m.decision);
      return {
        id: m.id,
        clauseId: m.clauseId,
        clauseNumber: m.clauseId ? (clauseNumbers.get(m.clauseId) ?? null) : null,
        proposedChange: m.proposedChange,
        reason: m.reason,
        enterpriseName: m.enterpriseName,
        authorName: staff || mine ? (names.get(m.authorId) ?? null) : null,
        mine,
        withdrawn: !!m.withdrawnAt,
        decision: decided ? m.decision : null,
        decisionReason: decided ? m.decisionReason : null,
        decidedAt: decided ? (m.decidedAt?.toISOString() ?? null) : null,
        createdAt: m.createdAt.toISOString(),
        updatedAt: m.updatedAt.toISOString(),
      };
    });
  }
}
