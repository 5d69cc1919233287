import type { StoredFileInfo } from './files';
import type { EducationLevel, EligibilityOutcome, EnterpriseSize, OtherIdType, Sex } from '@cqo/rules';

export const FILING_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

/** The states in which the applicant may still change a filing (and submit it). */
export const EDITABLE_FILING_STATUSES: readonly FilingStatus[] = ['draft', 'returned'];
/** A filing in progress: an applicant has at most one (a unique index holds it). */
export const OPEN_FILING_STATUSES: readonly FilingStatus[] = ['draft', 'submitted', 'returned'];

export const isEditableFiling = (status: FilingStatus | null | undefined): boolean =>
  !!status && EDITABLE_FILING_STATUSES.includes(status);
export const isOpenFiling = (status: FilingStatus | null | undefined): boolean =>
  !!status && OPEN_FILING_STATUSES.includes(status);

/** 单位性质, from the registration form's note 2. */
export const ENTERPRISE_NATURES = [
  'state-owned',
  'collective',
  'joint-venture',
  'foreign',
  'limited-liability',
  'joint-stock',
  'private',
  'other',
] as const;
export type EnterpriseNature = (typeof ENTERPRISE_NATURES)[number];

export const ID_TYPES = [
  'resident',
  'hk',
  'mo',
  'tw',
  'hk-mo-permit',
  'tw-permit',
  'residence-permit',
] as const;
export type IdType = 'resident' | OtherIdType;

export interface ContactPerson {
  name?: string | null;
  position?: string | null;
  phone?: string | null;
  mobile?: string | null;
  fax?: string | null;
}

export interface FilingEnterprise {
  name?: string | null;
  creditCode?: string | null;
  industryCode?: string | null;
  regionCode?: string | null;
  nature?: EnterpriseNature | null;
  employees?: number | null;
  revenue?: number | null;
  totalAssets?: number | null;
  mainProducts?: string | null;
  address?: string | null;
  postcode?: string | null;
  website?: string | null;
  email?: string | null;
  legalRepresentative?: ContactPerson | null;
  qualityLead?: ContactPerson | null;
}

export interface FilingCqo {
  name?: string | null;
  idType?: IdType | null;
  idNumber?: string | null;
  sex?: Sex | null;
  birthDate?: string | null;
  education?: EducationLevel | null;
  school?: string | null;
  major?: string | null;
  qualityYears?: number | null;
  position?: string | null;
  otherPosts?: string | null;
  title?: string | null;
  phone?: string | null;
  mobile?: string | null;
  fax?: string | null;
  email?: string | null;
  address?: string | null;
  appointedOn?: string | null;
  trainingCertificateNo?: string | null;
  certificateIssuer?: string | null;
  resume?: string | null;
  remarks?: string | null;
}

export interface FilingBody {
  enterprise?: FilingEnterprise;
  cqo?: FilingCqo;
}

export interface FilingEvent {
  id: string;
  actorId: string | null;
  actorName: string | null;
  fromStatus: FilingStatus | null;
  toStatus: FilingStatus;
  action:
    'create' | 'submit' | 'resubmit' | 'withdraw' | 'approve' | 'return' | 'reject' | 'supersede' | 'import';
  comment: string | null;
  fieldComments: Record<string, string> | null;
  createdAt: string;
}

export interface FilingChecks {
  size: { size: EnterpriseSize | null; status: string; group: { id: string; name: string } | null };
  eligibility: {
    outcome: EligibilityOutcome;
    issues: { code: string; severity: 'error' | 'warning' }[];
  } | null;
}

export interface Filing {
  id: string;
  /** Null for a CQO imported from a paper filing. */
  ownerId: string | null;
  source: 'online' | 'import';
  status: FilingStatus;
  /** The approved filing that is the enterprise's CQO now (one per credit code). */
  current: boolean;
  enterprise: FilingEnterprise;
  /** ID number and mobile masked (`440402********1234`, `138****8000`). */
  cqo: FilingCqo;
  enterpriseSize: EnterpriseSize | null;
  eligibilityOutcome: EligibilityOutcome | null;
  /** Per-field comments of the last return, to fix before resubmitting. */
  fieldComments: Record<string, string> | null;
  submittedAt: string | null;
  decidedAt: string | null;
  createdAt: string;
  updatedAt: string;
  events?: FilingEvent[];
  /** Uploaded documents (附件); download each from `/api/filings/:id/attachments/:fileId`. */
  attachments?: StoredFileInfo[];
}

/** What waits for staff: filings submitted and not yet decided. */
export interface FilingsWaiting {
  submitted: number;
}

export interface FilingListItem {
  id: string;
  status: FilingStatus;
  enterpriseName: string | null;
  creditCode: string | null;
  industryCode: string | null;
  regionCode: string | null;
  enterpriseSize: EnterpriseSize | null;
  eligibilityOutcome: string | null;
  cqoName: string | null;
  submittedAt: string | null;
  updatedAt: string;
}

export interface ReviewRequest {
  decision: 'approve' | 'return' | 'reject';
  comment?: string;
  fieldComments?: Record<string, string>;
}

export interface TalentPoolEntry {
  enterpriseName: string;
  cqoName: string;
  appointedOn: string | null;
}

/** 企业首席质量官人才库信息表: the 17 columns, in the source's order and wording. */
export const TALENT_POOL_COLUMNS = [
  '序号',
  '企业名称',
  '行业分类',
  '企业规模',
  '所属地区',
  '首席质量官姓名',
  '身份证号',
  '性别',
  '学历',
  '质量工作年限',
  '兼任职务（除首席质量官外在企业担任董事长、总经理、副总经理或其他）',
  '通讯地址',
  '手机',
  '电子邮箱',
  '任职时间',
  '培训证书号',
  '发证机构',
] as const;

/** One row of an imported talent-pool table and what became of it. */
export interface ImportRowReport {
  /** Row number as Excel shows it. */
  row: number;
  enterpriseName: string | null;
  cqoName: string | null;
  accepted: boolean;
  /** Why the row was refused: the column (as in the table's header) and a code. */
  errors: { column: string; code: string }[];
}

/** The answer to a talent-pool import: every row with its outcome. A file goes in whole or not at all. */
export interface ImportReport {
  fileName: string;
  total: number;
  accepted: number;
  refused: number;
  /** True when the rows were saved (never with any refused row, never on a dry run). */
  imported: boolean;
  rows: ImportRowReport[];
}

/** Largest table one import takes (the whole city's pool fits many times over). */
export const MAX_IMPORT_ROWS = 5000;
