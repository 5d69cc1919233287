/**
 * Every domain event's name and payload: something that happened in one feature that others react
 * to ("filing.decided", "announcement.published"). Like `JobPayloads`, the platform knows none of
 * them: the feature that publishes an event declares it beside its publisher,
 *
 *   declare module '../../platform/events/domain-events' {
 *     interface DomainEvents { 'filing.decided': FilingDecided }
 *   }
 *
 * and subscribers name it in `EventBus.subscribe`, so searching for the name finds both ends.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEvents {}

export type DomainEventName = keyof DomainEvents;

/** One event for one subscriber: the outbox row's payload (a job of kind `events.deliver`). */
export type EventDelivery = {
  [E in DomainEventName]: { event: E; subscriber: string; payload: DomainEvents[E] };
}[DomainEventName];
