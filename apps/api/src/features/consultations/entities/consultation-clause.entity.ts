import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One clause of a consultation's draft, in document order (`position`). */
@Entity('consultation_clauses')
@Index('ix_consultation_clauses_order', ['consultationId', 'position'])
export class ConsultationClause {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  consultationId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 30 })
  number!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  title!: string;

  @Column({ type: 'text', default: '' })
  text!: string;

  @Column({ type: 'smallint' })
  depth!: number;
}
