/**
 * The case library (质量案例): case studies and experience written by members and staff. The methods
 * are the curated list of the issue, kept as their Chinese names (what members type and search
 * for); the English client shows `CASE_METHOD_NAMES_EN`.
 */
export const CASE_METHODS = [
  '卓越绩效',
  '精益生产',
  '六西格玛',
  'QC小组',
  '零缺陷',
  '标准化',
  '质量成本',
  '可靠性',
  '统计过程控制',
  '8D',
  '品牌建设',
  '供应链质量',
  '计量',
  '检验检测',
  '数字化质量',
] as const;
export type CaseMethod = (typeof CASE_METHODS)[number];

export const CASE_METHOD_NAMES_EN: Record<CaseMethod, string> = {
  卓越绩效: 'Performance excellence',
  精益生产: 'Lean production',
  六西格玛: 'Six Sigma',
  QC小组: 'QC circles',
  零缺陷: 'Zero defects',
  标准化: 'Standardisation',
  质量成本: 'Cost of quality',
  可靠性: 'Reliability',
  统计过程控制: 'Statistical process control',
  '8D': '8D problem solving',
  品牌建设: 'Brand building',
  供应链质量: 'Supply-chain quality',
  计量: 'Metrology',
  检验检测: 'Inspection and testing',
  数字化质量: 'Digital quality',
};

/**
 * Where the case stands. `published` with `pendingRevision` in the detail: the author changed a
 * published case and the change waits for review while the published version stays visible.
 */
export const CASE_STATUSES = ['draft', 'submitted', 'returned', 'published'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A result before and after, e.g. 一次合格率 92.3% → 98.6%. */
export interface CaseResult {
  metric: string;
  before: string;
  after: string;
}

export interface CaseInput {
  title: string;
  summary: string;
  /** Markdown with images; the server renders and sanitises it. */
  body: string;
  /** GB/T 4754-2017 class (4 digits). */
  industryCode: string;
  methods: CaseMethod[];
  tags?: string[];
  results?: CaseResult[];
  /** The author's enterprise when left out. */
  enterpriseName?: string;
  year?: number | null;
}

/** What a case says: the working copy, or the published version. */
export interface CaseContent {
  title: string;
  summary: string;
  /** Null for visitors: they read a published case's title and summary only. */
  body: string | null;
  bodyHtml: string | null;
  industryCode: string;
  methods: CaseMethod[];
  tags: string[];
  results: CaseResult[];
  enterpriseName: string;
  year: number | null;
}

export interface CaseSummary extends CaseContent {
  id: string;
  /** The working copy's state (the author and staff see it; for others a listed case is published). */
  status: CaseStatus;
  featured: boolean;
  authorName: string;
  publishedAt: string | null;
  updatedAt: string;
  likes: number;
  bookmarks: number;
  comments: number;
  views: number;
}

export interface CaseDetail extends CaseSummary {
  /** Whether this reader may read the whole case (members and staff) or only its title and summary. */
  full: boolean;
  /** The reader's own marks. */
  liked: boolean;
  bookmarked: boolean;
  /** The reader wrote it (they submit it). */
  own: boolean;
  /** The author, or staff: they may edit. */
  editable: boolean;
  /** The author and staff, when an edit of a published case waits for review: what readers still see. */
  publishedVersion: CaseContent | null;
  reviewComment: string | null;
  reviewedAt: string | null;
}

export interface CasePage {
  items: CaseSummary[];
  total: number;
}

export interface CaseComment {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
  /** The commenter, or a moderator, may remove it. */
  removable: boolean;
}

/** `POST /api/cases/:id/review`. */
export interface CaseReview {
  decision: 'publish' | 'return';
  comment?: string;
}
