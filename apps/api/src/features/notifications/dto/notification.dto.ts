import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  NOTIFICATION_KINDS,
  type AppNotification,
  type NotificationKind,
  type NotificationMessage,
  type NotificationPage,
  type NotificationPreferences,
} from '@cqo/contracts';
import { PageQuery } from '../../../platform/http/page-query.dto';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only unread ones' })
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsOptional()
  @IsBoolean()
  unread = false;
}

export class MarkReadDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'These notifications' })
  @ValidateIf((o: MarkReadDto) => o.all !== true)
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ description: 'All of the user’s notifications' })
  @IsOptional()
  @IsIn([true])
  all?: true;
}

export class NotificationDto implements AppNotification {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'What it says, as a key and parameters (filing.decided, filing.submitted, filing.superseded, announcement.published, opportunity.deadline, text); the client words it in the reader’s language with renderNotification from @cqo/contracts',
    example: {
      key: 'filing.submitted',
      params: { enterprise: '珠海示例精密制造有限公司', resubmitted: false },
    },
  })
  message!: NotificationMessage;
  @ApiProperty({ nullable: true, type: String, example: '/filing' }) link!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NotificationPageDto implements NotificationPage {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Unread notifications in all' }) unread!: number;
}

export class UnreadDto {
  @ApiProperty() unread!: number;
}

export class KindPreferenceDto {
  @ApiProperty() @IsBoolean() inApp!: boolean;
  @ApiProperty({ enum: ['off', 'instant', 'daily'] }) @IsIn(['off', 'instant', 'daily']) email!:
    'off' | 'instant' | 'daily';
}

/** Any kinds may be given; the others keep their setting. */
export class NotificationPreferencesDto implements Partial<NotificationPreferences> {
  @ApiPropertyOptional({ type: KindPreferenceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => KindPreferenceDto)
  filing?: KindPreferenceDto;
  @ApiPropertyOptional({ type: KindPreferenceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => KindPreferenceDto)
  announcement?: KindPreferenceDto;
  @ApiPropertyOptional({ type: KindPreferenceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => KindPreferenceDto)
  opportunity?: KindPreferenceDto;
  @ApiPropertyOptional({ type: KindPreferenceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => KindPreferenceDto)
  reminder?: KindPreferenceDto;
  @ApiPropertyOptional({ type: KindPreferenceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => KindPreferenceDto)
  system?: KindPreferenceDto;
}
