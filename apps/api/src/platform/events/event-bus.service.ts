import { Global, Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobHandler } from '../jobs/jobs.service';
import { JobsService } from '../jobs/jobs.service';
import type { DomainEventName, DomainEvents, EventDelivery } from './domain-events';

declare module '../jobs/job-payloads' {
  interface JobPayloads {
    /** One domain event delivered to one subscriber (see EventBus). */
    'events.deliver': EventDelivery;
  }
}

export type EventHandler<E extends DomainEventName> = (
  payload: DomainEvents[E],
  manager: EntityManager,
) => ReturnType<JobHandler>;

/** What `publish` wrote: one delivery per subscriber, to hand to `deliverNow` after the commit. */
export type Published = string[];

/**
 * Domain events through an outbox: `publish` writes one durable job per subscriber in the
 * publisher's transaction, so the reactions exist exactly when the change commits; each reaction
 * then runs in a transaction of its own (retried on failure, independently of the others).
 * A publisher whose caller expects the reactions done (an approval makes its applicant a member at
 * once) calls `deliverNow` after its commit; otherwise the job worker delivers them within moments.
 */
@Injectable()
export class EventBus implements OnModuleInit {
  private readonly logger = new Logger(EventBus.name);
  private readonly subscribers = new Map<DomainEventName, Map<string, EventHandler<never>>>();

  constructor(private readonly jobs: JobsService) {}

  onModuleInit(): void {
    this.jobs.register('events.deliver', (delivery, manager) => this.deliver(delivery, manager));
  }

  /** `subscriber` names the reaction ("directory.sync-profile"): it is its key in the outbox. */
  subscribe<E extends DomainEventName>(event: E, subscriber: string, handler: EventHandler<E>): void {
    const forEvent = this.subscribers.get(event) ?? new Map<string, EventHandler<never>>();
    if (forEvent.has(subscriber)) throw new Error(`${subscriber} already subscribes to ${event}`);
    forEvent.set(subscriber, handler as EventHandler<never>);
    this.subscribers.set(event, forEvent);
  }

  /** Inside the publisher's transaction. */
  async publish<E extends DomainEventName>(
    event: E,
    payload: DomainEvents[E],
    manager: EntityManager,
  ): Promise<Published> {
    const ids: string[] = [];
    for (const subscriber of this.subscribers.get(event)?.keys() ?? []) {
      const delivery = { event, subscriber, payload } as EventDelivery;
      const id = await this.jobs.enqueue('events.deliver', delivery, { manager });
      if (id) ids.push(id);
    }
    return ids;
  }

  /** After the publisher's commit: the worker delivers the reactions at once (not waited for). */
  deliverSoon(): void {
    this.jobs.kick();
  }

  /** After the publisher's commit: runs its reactions now, each in its own transaction. */
  deliverNow(published: Published): Promise<void> {
    return this.jobs.runNow(published);
  }

  private deliver(delivery: EventDelivery, manager: EntityManager): ReturnType<JobHandler> {
    const handler = this.subscribers.get(delivery.event)?.get(delivery.subscriber);
    if (!handler) {
      // A reaction removed from the code since the event was published: nothing is left to do.
      this.logger.warn({ ...delivery, payload: undefined }, 'no such subscriber; event dropped');
      return Promise.resolve();
    }
    return handler(delivery.payload as never, manager);
  }
}

@Global()
@Module({ providers: [EventBus], exports: [EventBus] })
export class EventsModule {}
