import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type DemoRecordKind = 'user' | 'announcement' | 'opportunity' | 'channel' | 'consultation';

/** One row the demo wrote (an account with all that hangs on it, an announcement, an opportunity, a channel). */
@Entity('demo_records')
export class DemoRecord {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind!: DemoRecordKind;

  @PrimaryColumn({ type: 'uuid' })
  refId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
