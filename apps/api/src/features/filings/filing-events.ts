/**
 * What the filings feature tells the rest of the product, as domain events (see EventBus).
 * Subscribers: accounts makes an approved applicant a member, the directory writes their profile,
 * notifications tells the applicant (and the holder of a superseded filing), and tells staff when a
 * filing waits for them.
 */

import type { EnterpriseSize } from '@cqo/rules';

/** The part of an approved filing the member directory shows. */
export interface ApprovedFacts {
  filingId: string;
  name: string;
  enterpriseName: string | null;
  industryCode: string | null;
  regionCode: string | null;
  enterpriseSize: EnterpriseSize | null;
  qualityYears: number | null;
  position: string | null;
  phone: string | null;
  email: string | null;
}

/** A staff decision on a submitted filing. */
export interface FilingDecided {
  filingId: string;
  /** The applicant's account; null for filings imported from paper. */
  ownerId: string | null;
  decision: 'approve' | 'return' | 'reject';
  enterpriseName: string | null;
  comment: string | null;
  /** Reviewer comments per form field ("cqo.idNumber" → text), on a return. */
  fieldComments: Record<string, string> | null;
  /** On approval: what the directory shows of the new member. */
  approved: ApprovedFacts | null;
}

/** An approval made an earlier current filing of the same enterprise history. */
export interface FilingSuperseded {
  filingId: string;
  ownerId: string | null;
  enterpriseName: string | null;
  supersededBy: string;
  /** The new filing's owner (no notice when it is the same person). */
  newOwnerId: string | null;
}

/** An applicant submitted a filing (again, after a return): it waits for staff. */
export interface FilingSubmitted {
  filingId: string;
  enterpriseName: string | null;
  resubmitted: boolean;
}

declare module '../../platform/events/domain-events' {
  interface DomainEvents {
    'filing.submitted': FilingSubmitted;
    'filing.decided': FilingDecided;
    'filing.superseded': FilingSuperseded;
  }
}
