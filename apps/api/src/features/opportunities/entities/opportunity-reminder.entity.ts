import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A deadline reminder already sent (7 days or 1 day before): each fires once. */
@Entity('opportunity_reminders')
export class OpportunityReminder {
  @PrimaryColumn({ type: 'uuid' })
  opportunityId!: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  window!: '7d' | '1d';

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;
}
