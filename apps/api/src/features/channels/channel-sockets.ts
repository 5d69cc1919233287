import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ErrorCode, type SendAck } from '@cqo/contracts';
import { ApiException } from '../../platform/errors/api.exception';
import { createValidationPipe, RejectUnstorableInputPipe } from '../../platform/errors/validation';
import { RealtimeService } from '../../platform/realtime/realtime.service';
import { channelRoom } from './channel-access';
import { MessageInputDto } from './dto/channel.dto';
import { MessagesService } from './messages.service';

class SocketMessageDto extends MessageInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() channelId!: string;
}

const unstorable = new RejectUnstorableInputPipe();
const validation = createValidationPipe();

/**
 * Channels over the socket: sending a message (the same rules and answers as over HTTP, the error
 * code in the acknowledgement instead of a status) and the ephemeral "typing" signal, relayed only
 * within rooms the socket is in.
 */
@Injectable()
export class ChannelSockets implements OnModuleInit {
  private readonly logger = new Logger(ChannelSockets.name);

  constructor(
    private readonly realtime: RealtimeService,
    private readonly messages: MessagesService,
  ) {}

  onModuleInit(): void {
    this.realtime.handle('message:send', async ({ user }, input, ack) => {
      const answer = (result: SendAck) => (typeof ack === 'function' ? ack(result) : undefined);
      try {
        const meta = { type: 'body', metatype: SocketMessageDto } as const;
        const dto = (await validation.transform(unstorable.transform(input, meta), meta)) as SocketMessageDto;
        const { channelId, ...body } = dto;
        const { message } = await this.messages.send(user, channelId, body);
        answer({ ok: true, message });
      } catch (error) {
        if (error instanceof ApiException) {
          answer({ ok: false, error: { code: error.code, message: error.message } });
        } else {
          this.logger.error({ err: error }, 'message:send failed');
          answer({
            ok: false,
            error: { code: ErrorCode.INTERNAL_ERROR, message: 'The message was not stored.' },
          });
        }
      }
    });
    this.realtime.handle('typing', ({ user, rooms, toOthers }, signal) => {
      const channelId = typeof signal?.channelId === 'string' ? signal.channelId : '';
      const room = channelRoom(channelId);
      if (!rooms.has(room)) return;
      const parentId = typeof signal.parentId === 'string' ? signal.parentId : null;
      toOthers(room, 'typing', { channelId, user: { id: user.id, displayName: user.displayName }, parentId });
    });
  }
}
