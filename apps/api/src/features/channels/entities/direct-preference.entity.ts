import type { DirectAllowance } from '@cqo/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who may open a direct conversation with this person (no row: anyone). */
@Entity('direct_preferences')
export class DirectPreferenceRow {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  allow!: DirectAllowance;
}
