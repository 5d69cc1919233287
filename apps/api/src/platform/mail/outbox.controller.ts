import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { MAIL_STATUSES, Permission, type MailStatus, type OutboxMail } from '@cqo/contracts';
import { RequirePermission } from '../auth/auth.decorators';
import { PageQuery } from '../http/page-query.dto';
import { MailService } from './mail.service';

class OutboxMailDto implements OutboxMail {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Recipient address' }) to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ description: 'Plain-text body' }) text!: string;
  @ApiProperty({ enum: MAIL_STATUSES, description: 'outbox: only logged (no SMTP configured)' })
  status!: MailStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
class OutboxPageDto {
  @ApiProperty({ type: [OutboxMailDto] }) items!: OutboxMailDto[];
  @ApiProperty({ description: 'Number of messages in total' }) total!: number;
}

@ApiTags('admin')
@Controller('admin/outbox')
export class OutboxController {
  constructor(private readonly mail: MailService) {}

  @Get()
  @RequirePermission(Permission.OutboxRead)
  @ApiOperation({ summary: 'Mail the product has sent or kept in the outbox, newest first' })
  @ApiOkResponse({ type: OutboxPageDto })
  async list(@Query() query: PageQuery): Promise<OutboxPageDto> {
    const { items, total } = await this.mail.list(query.page, query.pageSize);
    return {
      items: items.map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        text: m.text,
        status: m.status,
        createdAt: m.createdAt.toISOString(),
      })),
      total,
    };
  }
}
