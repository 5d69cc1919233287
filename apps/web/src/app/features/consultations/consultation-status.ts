import type { ConsultationStatus } from '@cqo/contracts';

/** A status's tag colour, the same on the list and the page. */
export const STATUS_COLORS: Record<ConsultationStatus, string> = {
  draft: 'default',
  scheduled: 'purple',
  open: 'green',
  closed: 'orange',
  concluded: 'blue',
  published: 'cyan',
};
