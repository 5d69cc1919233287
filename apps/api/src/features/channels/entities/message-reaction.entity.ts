import type { MessageReactionKey } from '@cqo/contracts';
import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One person's reaction to a message; the key makes reacting twice (or from two tabs) count once. */
@Entity('message_reactions')
export class MessageReactionRow {
  @PrimaryColumn({ type: 'uuid' })
  messageId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  key!: MessageReactionKey;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
