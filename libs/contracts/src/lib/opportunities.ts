import type { MatchReason, OpportunityCriteria } from '@cqo/rules';
import type { StoredFileInfo } from './files';

export const OPPORTUNITY_KINDS = ['subsidy', 'award', 'training', 'benchmarking'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const ISSUER_LEVELS = ['province', 'city', 'district'] as const;
export type IssuerLevel = (typeof ISSUER_LEVELS)[number];

/** A member's progress with one opportunity. */
export const TRACKING_STATES = ['interested', 'preparing', 'applied', 'awarded', 'not-awarded'] as const;
export type TrackingState = (typeof TRACKING_STATES)[number];

export interface OpportunityInput {
  kind: OpportunityKind;
  title: string;
  /** Markdown. */
  body: string;
  issuer: IssuerLevel;
  /** The issuing body by name, e.g. 珠海市市场监督管理局. */
  issuerName?: string | null;
  /** Amount or benefit in words, e.g. 最高 50 万元. */
  benefit?: string | null;
  /** A day (YYYY-MM-DD, the end of that day in Beijing time) or an exact time with offset. */
  deadline: string;
  howToApply?: string | null;
  criteria: OpportunityCriteria;
}

export interface Opportunity extends Omit<
  OpportunityInput,
  'deadline' | 'issuerName' | 'benefit' | 'howToApply'
> {
  id: string;
  issuerName: string | null;
  benefit: string | null;
  howToApply: string | null;
  bodyHtml: string;
  /** ISO instant. */
  deadline: string;
  /** Open until the deadline passes; closes by itself. */
  open: boolean;
  createdAt: string;
  /** For a member: their tracking state. */
  tracking?: TrackingState | null;
  /** On one opportunity's page: the documents to download (application forms, notices). */
  attachments?: StoredFileInfo[];
}

/** One opportunity for one member: does their enterprise fit, and why (one reason per criterion). */
export interface MatchedOpportunity {
  id: string;
  title: string;
  kind: OpportunityKind;
  deadline: string;
  matches: boolean;
  reasons: MatchReason[];
  tracking: TrackingState | null;
}

export type Funnel = Record<TrackingState, number>;

/** A member's secret calendar address, for calendar apps that subscribe to a URL. */
export interface CalendarFeedStatus {
  active: boolean;
  createdAt: string | null;
  /** When a calendar app last fetched it. */
  lastReadAt: string | null;
}

/** A new calendar address: shown once (only its hash is kept); making another retires it. */
export interface NewCalendarFeed {
  url: string;
  createdAt: string;
}
