import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const CASE_MARKS = ['like', 'bookmark', 'view'] as const;
export type CaseMarkKind = (typeof CASE_MARKS)[number];

/**
 * A reader's like, bookmark or reading of a case: one row each, so counting is exact and marking
 * twice (or two tabs at once) changes nothing. Views count readers, not page loads.
 */
@Entity('case_marks')
@Index('ix_case_marks_user', ['userId', 'kind'])
export class CaseMark {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  kind!: CaseMarkKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
