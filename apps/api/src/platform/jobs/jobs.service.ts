import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Job } from './entities/job.entity';
import type { JobKind, JobPayloads } from './job-payloads';

/** A handler may answer a callback to run once its transaction has committed (pushes, kicks). */
export type JobHandler<K extends JobKind = JobKind> = (
  payload: JobPayloads[K],
  manager: EntityManager,
  job: Job,
) => Promise<void | (() => void)>;

export interface EnqueueOptions {
  runAt?: Date;
  /** Skip when a pending job already has this key. */
  dedupeKey?: string;
  /** Enqueue inside the caller's transaction: the job exists only if the caller's work commits. */
  manager?: EntityManager;
}

const MAX_ATTEMPTS = 5;
const LOCK_MS = 5 * 60_000;
/** How long `runNow` waits for a job another worker holds. */
const RUN_NOW_WAIT_MS = 5_000;

/**
 * Durable background jobs on the application database (PGlite or PostgreSQL — no extra server).
 * Each handler runs in a transaction with the job's completion, so a chunk of work and "done"
 * commit together; a crash mid-chunk leaves the job to run again after its lock expires.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private readonly handlers = new Map<string, JobHandler<never>>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  register<K extends JobKind>(kind: K, handler: JobHandler<K>): void {
    this.handlers.set(kind, handler as JobHandler<never>);
  }

  /** Answers the new job's id, or null when a pending job had the same dedupe key. */
  async enqueue<K extends JobKind>(
    kind: K,
    payload: JobPayloads[K],
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    const manager = options.manager ?? this.dataSource.manager;
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Job)
      .values({
        kind,
        payload: payload as never,
        runAt: options.runAt ?? new Date(),
        dedupeKey: options.dedupeKey ?? null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (!options.manager) this.kick();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }

  onApplicationBootstrap(): void {
    if (!this.config.JOBS_ENABLED) return;
    this.timer = setInterval(() => this.kick(), this.config.JOBS_POLL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs due jobs soon, without waiting for the next poll. */
  kick(): void {
    if (this.stopped || this.running || !this.config.JOBS_ENABLED) return;
    this.running = this.drain()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error({ err: error }, 'job worker failed'))
      .finally(() => (this.running = undefined));
  }

  /** Runs every job due at `now` (tests call this with a moved clock); answers how many ran. */
  async drain(now?: Date): Promise<number> {
    let ran = 0;
    for (let waited = 0; ; waited += 25) {
      // Without a given time, "now" moves on, so follow-up jobs queued meanwhile run too.
      while (!this.stopped && (await this.runOne(now ?? new Date()))) ran += 1;
      // A due job the worker holds (this pass skipped it, SKIP LOCKED) is running: wait for it to
      // finish, and for what it queues, so that "drained" means its effects are there.
      if (this.stopped || waited >= RUN_NOW_WAIT_MS || !(await this.dueHeld(now ?? new Date()))) return ran;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private async dueHeld(now: Date): Promise<boolean> {
    const [{ n }] = (await this.dataSource.query(
      'SELECT count(*)::int AS n FROM jobs WHERE done_at IS NULL AND run_at <= $1 AND locked_until >= now()',
      [now],
    )) as { n: number }[];
    return n > 0;
  }

  /**
   * Runs these jobs now, in this request, whether or not the worker is on (an event's reactions
   * its publisher waits for). One the worker already holds is waited for instead; one that fails
   * is left to its retries, like any job.
   */
  async runNow(ids: string[]): Promise<void> {
    const elsewhere: string[] = [];
    for (const id of ids) if (!(await this.runOne(new Date(), id))) elsewhere.push(id);
    // Held by a worker (here or in another process): give it a few seconds to finish.
    for (let waited = 0; elsewhere.length && waited < RUN_NOW_WAIT_MS; waited += 25) {
      const [{ n }] = (await this.dataSource.query(
        'SELECT count(*)::int AS n FROM jobs WHERE id = ANY($1::uuid[]) AND done_at IS NULL AND NOT failed',
        [elsewhere],
      )) as { n: number }[];
      if (!n) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private async runOne(now: Date, onlyId?: string): Promise<boolean> {
    // TypeORM answers an UPDATE … RETURNING on PostgreSQL as [rows, affected].
    const [rows] = (await this.dataSource.query(
      `UPDATE jobs SET locked_until = $2, attempts = attempts + 1
       WHERE id = (SELECT id FROM jobs
                   WHERE done_at IS NULL AND run_at <= $1 AND (locked_until IS NULL OR locked_until < now())
                     AND ($3::uuid IS NULL OR id = $3::uuid)
                   ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, payload, attempts`,
      [now, new Date(Date.now() + LOCK_MS), onlyId ?? null],
    )) as [Pick<Job, 'id' | 'kind' | 'payload' | 'attempts'>[], number];
    const job = rows[0] as Job | undefined;
    if (!job) return false;
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      const afterCommit = await this.dataSource.transaction(async (manager) => {
        // Written by `enqueue` with this kind's payload type (JobPayloads).
        const then = await handler(job.payload as never, manager, job);
        await manager.update(Job, { id: job.id }, { doneAt: new Date(), lockedUntil: null, lastError: null });
        return then;
      });
      afterCommit?.();
    } catch (error) {
      const failed = job.attempts >= MAX_ATTEMPTS;
      this.logger.warn({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempts }, 'job failed');
      await this.dataSource.manager.update(
        Job,
        { id: job.id },
        {
          lockedUntil: null,
          lastError: String((error as Error)?.stack ?? error).slice(0, 4000),
          // Back off 10 s, 40 s, 90 s … then give up and keep the job for inspection.
          runAt: new Date(Date.now() + 10_000 * job.attempts ** 2),
          ...(failed ? { doneAt: new Date(), failed: true } : {}),
        },
      );
    }
    return true;
  }
}
