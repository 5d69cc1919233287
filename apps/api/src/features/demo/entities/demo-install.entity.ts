import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Whether this install has had its demo content (one row at most): written on the first start,
 * and remembered after removal, so a removed demo does not come back at the next start.
 */
@Entity('demo_install')
export class DemoInstall {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'timestamptz' })
  writtenAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt!: Date | null;
}
