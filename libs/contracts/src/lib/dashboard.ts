import type { EnterpriseSize } from '@cqo/rules';
import type { FilingStatus } from './filings';

/** `GET /api/dashboard/summary` filters; the same names as the lists each figure drills into. */
export interface DashboardFilter {
  /** Days in Asia/Shanghai: filings submitted in the range (stocks such as members are as of now). */
  from?: string;
  to?: string;
  /** A section letter or a GB/T 4754 code prefix. */
  industry?: string;
  /** A GB/T 2260 prefix. */
  region?: string;
  size?: EnterpriseSize[];
}

/**
 * The alliance in figures. Member figures count the directory (members who hide themselves are in
 * `hiddenMembers` only); filing figures count the review queue; each under the same filter.
 */
export interface DashboardSummary {
  generatedAt: string;
  members: number;
  hiddenMembers: number;
  filings: Record<FilingStatus, number>;
  waiting: { count: number; oldestSubmittedAt: string | null };
  approvalsThisMonth: number;
  medianDaysToDecision: number | null;
  bySize: Record<EnterpriseSize, number>;
  byIndustrySection: Record<string, number>;
  /** Two-digit divisions, for the drill-down from a section. */
  byIndustryDivision: Record<string, number>;
  byRegion: Record<string, number>;
  /** The CQO's education on their approved filing. */
  byEducation: Record<string, number>;
  byQualityYears: Record<'0-2' | '3-5' | '6-10' | '11-20' | '21+', number>;
  /** Months (YYYY-MM, Beijing time) of submission, by where each filing stands now. */
  filingsPerMonth: {
    month: string;
    submitted: number;
    approved: number;
    returned: number;
    rejected: number;
    other: number;
  }[];
  /** Days from submission to decision. */
  reviewDays: Record<'0-1' | '2-3' | '4-7' | '8-14' | '15-30' | '31+', number>;
}

/** `GET /api/dashboard/activity?from=&to=`: what members do with what is published (dates only). */
export interface DashboardActivity {
  /** The latest published announcements in the range, with their audience and readers. */
  announcements: {
    id: string;
    title: string;
    audience: string;
    audienceSize: number;
    read: number;
    rate: number;
  }[];
  /** Read rate by kind of audience (all members, a segment, everyone). */
  readByAudience: Record<string, { audience: number; read: number; rate: number }>;
  /** Members tracking opportunities, by kind and stage (interested → preparing → applied → awarded). */
  opportunityFunnel: Record<
    string,
    Record<'interested' | 'preparing' | 'applied' | 'awarded' | 'not-awarded', number>
  >;
  /** Channel messages per Beijing day, and how many members wrote. */
  channels: { perDay: { day: string; messages: number }[]; activeMembers: number };
  /** The latest consultations: comments, survey responses and enterprises taking part. */
  consultations: {
    id: string;
    title: string;
    status: string;
    comments: number;
    responses: number;
    enterprises: number;
  }[];
  /**
   * Taking part in the consultations opened in the range, by the participant's industry section,
   * district and enterprise size, under the member filter (industry, district, size).
   */
  consultationParticipation: {
    bySection: Record<string, ConsultationTakeUp>;
    byRegion: Record<string, ConsultationTakeUp>;
    bySize: Record<string, ConsultationTakeUp>;
  };
  cases: { submitted: number; published: number; mostRead: { id: string; title: string; views: number }[] };
}

/** Comments made (not withdrawn), survey responses submitted, and the enterprises behind them. */
export interface ConsultationTakeUp {
  comments: number;
  responses: number;
  enterprises: number;
}
