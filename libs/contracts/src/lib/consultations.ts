import type { EnterpriseSize } from '@cqo/rules';

/** What is put out for comment: a national, industry, local or group standard, or a policy. */
export const CONSULTATION_KINDS = ['national', 'industry', 'local', 'group', 'policy'] as const;
export type ConsultationKind = (typeof CONSULTATION_KINDS)[number];

/**
 * draft → scheduled (opens itself on its opening day) or open (by hand) → closed (on its closing
 * day, or by hand) → concluded (every comment has a disposition) → published (results out).
 */
export const CONSULTATION_STATUSES = [
  'draft',
  'scheduled',
  'open',
  'closed',
  'concluded',
  'published',
] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** Who may comment and answer: all members, or the members whose enterprise fits a segment. */
export interface ConsultationAudience {
  type: 'members' | 'segment';
  industryPrefixes?: string[];
  regionPrefixes?: string[];
  sizes?: EnterpriseSize[];
}

export interface ConsultationInput {
  title: string;
  /** As printed on the draft, e.g. "T/ZHCQO 001—2026". */
  standardCode: string;
  kind: ConsultationKind;
  description: string;
  /** 起草单位. */
  draftingOrganisation: string;
  contact: string;
  /** Days in Asia/Shanghai (YYYY-MM-DD): open from the start of the first to the end of the last. */
  opensOn: string;
  closesOn: string;
  audience: ConsultationAudience;
  /** Visitors may read it (never comment) once it is open. */
  publicReading: boolean;
  /** Members see each other's comments (with the enterprise that made them). */
  commentsVisible: boolean;
  /** The draft as text; it is split into clauses (GB/T 1.1 numbering). */
  draftText: string;
}

export interface Consultation extends ConsultationInput {
  id: string;
  status: ConsultationStatus;
  /** What precedes the first clause (cover, name, contents). */
  preamble: string;
  openedAt: string | null;
  closedAt: string | null;
  concludedAt: string | null;
  resultsPublishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Active comments, and those still without a disposition (staff). */
  comments: number;
  undecided: number;
  /** Submitted survey responses. */
  responses: number;
  questions: number;
  /** For a member: whether they may take part now, and what they have done. */
  canParticipate?: boolean;
  myComments?: number;
  myResponse?: 'none' | 'draft' | 'submitted';
}

export interface ConsultationPage {
  items: Consultation[];
  total: number;
}

export interface ConsultationClause {
  id: string;
  /** The identifier as written: "前言", "1", "3.1", "附录A", "A.1", "参考文献". */
  number: string;
  title: string;
  text: string;
  /** 1 for chapters, annexes, 前言 …; one more per level below. */
  depth: number;
  /** Active comments on this clause. */
  comments: number;
}

/** `PUT /api/consultations/:id/clauses`: the split as staff corrected it (before opening). */
export interface ClauseCorrection {
  items: { number: string; title: string; text: string; depth: number }[];
}

export const DISPOSITIONS = ['adopted', 'partly-adopted', 'not-adopted'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export interface ConsultationComment {
  id: string;
  /** Null: on the whole text. */
  clauseId: string | null;
  clauseNumber: string | null;
  /** 修改建议 and 理由. */
  proposedChange: string;
  reason: string;
  /** 提出单位. */
  enterpriseName: string;
  /** Staff and the author see who wrote it. */
  authorName: string | null;
  mine: boolean;
  withdrawn: boolean;
  /** Staff see it as soon as it is recorded; the author once the results are published. */
  decision: Disposition | null;
  decisionReason: string | null;
  decidedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CommentInput {
  clauseId: string | null;
  proposedChange: string;
  reason: string;
}

export interface DispositionInput {
  decision: Disposition;
  /** Required for partly adopted and not adopted. */
  reason?: string;
}

/** Near-identical comments on one clause, to be answered at once (each keeps its disposition). */
export interface CommentGroup {
  clauseId: string | null;
  commentIds: string[];
  /** The text of the first of them. */
  sample: string;
  enterprises: string[];
}

export const QUESTION_TYPES = ['single', 'multiple', 'rating', 'text', 'long-text', 'number'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface SurveyOption {
  id: string;
  label: string;
}

export interface SurveyQuestion {
  id: string;
  type: QuestionType;
  title: string;
  description: string | null;
  required: boolean;
  /** Choices (single, multiple). */
  options: SurveyOption[];
  /** Multiple: how many may be ticked; number: the range of the answer. */
  min: number | null;
  max: number | null;
  /** Shown only when the earlier choice question has this option among its answer. */
  showIf: { questionId: string; optionId: string } | null;
}

export interface Survey {
  questions: SurveyQuestion[];
  /** Responses exist: the questions can no longer change. */
  locked: boolean;
}

/** An option id (single), option ids (multiple), 1–5 (rating), a number, or text. */
export type AnswerValue = string | string[] | number;

export interface SurveyAnswer {
  questionId: string;
  value: AnswerValue;
}

export interface SurveyResponse {
  answers: SurveyAnswer[];
  /** False: a draft saved while typing, not counted until it is submitted. */
  submitted: boolean;
  updatedAt: string | null;
}

export interface QuestionResult {
  id: string;
  type: QuestionType;
  title: string;
  /** Responses that answered it. */
  answered: number;
  /** Choices: option id → count; rating: "1".."5" → count. */
  counts?: Record<string, number>;
  options?: (SurveyOption & { count: number })[];
  /** Rating and number. */
  mean?: number | null;
  min?: number | null;
  max?: number | null;
  /** Text answers, newest first. */
  texts?: string[];
}

export interface SurveyResults {
  responses: number;
  questions: QuestionResult[];
  /** Who took part (commented or responded): by industry section, district and size. */
  participation: {
    enterprises: number;
    bySection: Record<string, number>;
    byDistrict: Record<string, number>;
    bySize: Record<string, number>;
  };
}
