import type { TrackingState } from '@cqo/contracts';
import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Where a member stands with one opportunity. */
@Entity('opportunity_tracking')
export class OpportunityTracking {
  @PrimaryColumn({ type: 'uuid' })
  opportunityId!: string;

  @Index('ix_opportunity_tracking_user')
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: TrackingState;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
