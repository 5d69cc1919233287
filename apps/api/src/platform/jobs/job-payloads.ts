/**
 * Every background job's name and payload, as `ServerToClientEvents` is for sockets: `register`
 * and `enqueue` accept only a name listed here, with its payload's own type. The platform knows
 * none of the jobs: each feature adds its own to this interface (declaration merging) beside the
 * handler, so a reader finds a job's producer and consumer by its name.
 *
 *   declare module '../../platform/jobs/job-payloads' {
 *     interface JobPayloads { 'notifications.mail': { ids: string[] } }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobPayloads {}

export type JobKind = keyof JobPayloads;

/** For jobs that carry nothing (schedules): their payload is `{}`. */
export type NoPayload = Record<string, never>;
