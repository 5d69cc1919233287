import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { chinaDayStart } from '@cqo/rules';
import type { NotificationMessage } from '@cqo/contracts';
import { Clock } from '../../platform/clock/clock';
import { JobsService } from '../../platform/jobs/jobs.service';
import type { JobPayloads } from '../../platform/jobs/job-payloads';
import { MemberProfilesService } from '../directory';
import { NotificationsService } from '../notifications';
import { Consultation } from './entities/consultation.entity';

export const NOTICE_JOB = 'consultations.notify';

declare module '../../platform/jobs/job-payloads' {
  interface JobPayloads {
    /**
     * Tell the next chunk of the audience (members after `after`): it opened; it closes in three
     * days (only those who have neither commented nor answered; `closesOn` as it was scheduled);
     * its results are out (only those who took part).
     */
    'consultations.notify': {
      consultationId: string;
      notice: 'opened' | 'closing' | 'results';
      after: string;
      closesOn?: string;
    };
  }
}

/** Members told per job run: one transaction each, so a restart resumes where it stopped. */
const CHUNK = 1000;
const DAY_MS = 86_400_000;
/** Reminders go out at 9:00 Beijing time, three days before the closing day ends. */
const REMIND_HOUR_MS = 9 * 3_600_000;

/** What a consultation's audience hears, in the background, a thousand members per job. */
@Injectable()
export class ConsultationNotices implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly profiles: MemberProfilesService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register(NOTICE_JOB, (payload, manager) => this.tell(payload, manager));
  }

  opened(consultationId: string, manager: EntityManager): Promise<unknown> {
    return this.jobs.enqueue(NOTICE_JOB, { consultationId, notice: 'opened', after: '' }, { manager });
  }

  results(consultationId: string, manager: EntityManager): Promise<unknown> {
    return this.jobs.enqueue(NOTICE_JOB, { consultationId, notice: 'results', after: '' }, { manager });
  }

  /** The reminder three days before closing, when that moment is still ahead. */
  async scheduleReminder(c: Consultation, manager: EntityManager): Promise<void> {
    const runAt = new Date(chinaDayStart(c.closesOn).getTime() - 2 * DAY_MS + REMIND_HOUR_MS);
    if (runAt.getTime() <= this.clock.now().getTime()) return;
    await this.jobs.enqueue(
      NOTICE_JOB,
      { consultationId: c.id, notice: 'closing', after: '', closesOn: c.closesOn },
      { manager, runAt, dedupeKey: `${NOTICE_JOB}:closing:${c.id}:${c.closesOn}` },
    );
  }

  private async tell(
    job: JobPayloads[typeof NOTICE_JOB],
    manager: EntityManager,
  ): Promise<(() => void) | void> {
    const c = await manager.getRepository(Consultation).findOneBy({ id: job.consultationId });
    if (!c) return;
    if (job.notice === 'closing' && (c.status !== 'open' || c.closesOn !== job.closesOn)) return;
    if (job.notice === 'opened' && c.status !== 'open') return;
    const chunk =
      job.notice === 'results'
        ? await this.participants(c.id, job.after, manager)
        : await this.profiles.audienceMembers(c.audience, { after: job.after, limit: CHUNK }, manager);
    const pushes: (() => void)[] = [];
    if (job.notice === 'results') {
      // Each commenter hears how many of their comments were answered.
      const counts = await this.commentCounts(c.id, chunk, manager);
      const byCount = new Map<number, string[]>();
      for (const userId of chunk) {
        const n = counts.get(userId) ?? 0;
        byCount.set(n, [...(byCount.get(n) ?? []), userId]);
      }
      for (const [comments, userIds] of byCount) {
        const message: NotificationMessage = {
          key: 'consultation.results',
          params: { title: c.title, comments },
        };
        pushes.push(
          await this.notifications.stage(userIds, { kind: 'consultation', message, link: link(c) }, manager),
        );
      }
    } else {
      const closing = job.notice === 'closing';
      const recipients = closing ? await this.silent(c.id, chunk, manager) : chunk;
      const message: NotificationMessage = closing
        ? { key: 'consultation.closing', params: { title: c.title, closesOn: c.closesOn } }
        : {
            key: 'consultation.opened',
            params: { title: c.title, code: c.standardCode, closesOn: c.closesOn },
          };
      pushes.push(
        await this.notifications.stage(
          recipients,
          { kind: closing ? 'reminder' : 'consultation', message, link: link(c) },
          manager,
        ),
      );
    }
    if (chunk.length === CHUNK) {
      await this.jobs.enqueue(NOTICE_JOB, { ...job, after: chunk[chunk.length - 1] }, { manager });
    }
    // Pushed once this chunk has committed.
    return () => pushes.forEach((p) => p());
  }

  /** Those who commented or submitted a response, in id order after `after`. */
  private async participants(id: string, after: string, manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM (
         SELECT author_id AS id FROM consultation_comments WHERE consultation_id = $1 AND withdrawn_at IS NULL
         UNION
         SELECT user_id FROM consultation_responses WHERE consultation_id = $1 AND submitted_at IS NOT NULL
       ) p WHERE id::text > $2 ORDER BY id::text LIMIT ${CHUNK}`,
      [id, after],
    );
    return rows.map((r) => r.id);
  }

  /** Of `userIds`, those who have neither commented nor submitted a response. */
  private async silent(id: string, userIds: string[], manager: EntityManager): Promise<string[]> {
    if (!userIds.length) return [];
    const spoke: { id: string }[] = await manager.query(
      `SELECT author_id AS id FROM consultation_comments
        WHERE consultation_id = $1 AND author_id = ANY($2) AND withdrawn_at IS NULL
       UNION
       SELECT user_id FROM consultation_responses
        WHERE consultation_id = $1 AND user_id = ANY($2) AND submitted_at IS NOT NULL`,
      [id, userIds],
    );
    const done = new Set(spoke.map((r) => r.id));
    return userIds.filter((u) => !done.has(u));
  }

  private async commentCounts(
    id: string,
    userIds: string[],
    manager: EntityManager,
  ): Promise<Map<string, number>> {
    const rows: { id: string; n: number }[] = await manager.query(
      `SELECT author_id AS id, count(*)::int AS n FROM consultation_comments
        WHERE consultation_id = $1 AND author_id = ANY($2) AND withdrawn_at IS NULL GROUP BY author_id`,
      [id, userIds],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }
}

const link = (c: Consultation) => `/consultations/${c.id}`;
