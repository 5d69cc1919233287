import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CHANNEL_KINDS,
  CHANNEL_VISIBILITIES,
  CREATABLE_CHANNEL_KINDS,
  DIRECT_ALLOWANCES,
  MESSAGE_REACTIONS,
  type ChannelKind,
  type ChannelVisibility,
  type DirectAllowance,
  type MessageReactionKey,
} from '@cqo/contracts';
import { AudienceDto } from '../../announcements';
import { Omittable } from '../../../platform/http/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ChannelInputDto {
  @ApiProperty({ maxLength: 80 }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(80) name!: string;
  @ApiPropertyOptional({ maxLength: 500 })
  @Omittable()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  description?: string;
  @ApiProperty({ enum: CREATABLE_CHANNEL_KINDS })
  @IsIn(CREATABLE_CHANNEL_KINDS)
  kind!: (typeof CREATABLE_CHANNEL_KINDS)[number];
  @ApiProperty({ type: AudienceDto, description: 'members, or a segment (public is not offered)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => AudienceDto)
  audience!: AudienceDto;
  @ApiPropertyOptional({ enum: CHANNEL_VISIBILITIES, default: 'open' })
  @Omittable()
  @IsIn(CHANNEL_VISIBILITIES)
  visibility?: ChannelVisibility;
}

export class MessageInputDto {
  @ApiProperty({ maxLength: 4000, description: 'Light Markdown; sanitised on the server' })
  @IsString()
  @Transform(trim)
  @IsNotEmpty()
  @MaxLength(4000)
  body!: string;

  @ApiProperty({ description: "The sender's own id for this message (a retry sends the same one)" })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'clientId is 8 to 64 letters, digits, - or _' })
  clientId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Reply in the thread of this message' })
  @Omittable()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'People mentioned (user ids); members of the channel are told',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  mentions?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Files uploaded to the channel by the sender (POST /api/channels/:id/files)',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  attachments?: string[];
}

export class MessageEditDto {
  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @Transform(trim)
  @IsNotEmpty()
  @MaxLength(4000)
  body!: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'People mentioned (replaces the list; unchanged when left out)',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  mentions?: string[];
}

export class ReactionParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
  @ApiProperty({ enum: MESSAGE_REACTIONS }) @IsIn(MESSAGE_REACTIONS) key!: MessageReactionKey;
}

export class MuteDto {
  @ApiProperty({ description: 'Mute the channel (no badge; mentions still reach you)' })
  @IsBoolean()
  muted!: boolean;
}

export class ArchiveDto {
  @ApiProperty({ description: 'Archived channels are read-only' }) @IsBoolean() archived!: boolean;
}

export class SilenceDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() userId!: string;
  @ApiProperty({ minimum: 0, maximum: 43200, description: 'Minutes; 0 lifts the mute' })
  @IsInt()
  @Min(0)
  @Max(43200)
  minutes!: number;
  @ApiProperty({ maxLength: 500 }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

export class InviteDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  userIds!: string[];
}

export class DirectPreferenceDto {
  @ApiProperty({ enum: DIRECT_ALLOWANCES }) @IsIn(DIRECT_ALLOWANCES) allow!: DirectAllowance;
}

export class ChannelPersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class MessageQuery {
  @ApiPropertyOptional({ description: 'Messages after this number, oldest first' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after?: number;

  @ApiPropertyOptional({ description: 'Messages before this number (older history), oldest first' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  before?: number;

  @ApiPropertyOptional({ description: 'A window of `limit` messages centred on this number (a permalink)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  around?: number;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}

export class ReadDto {
  @ApiProperty({ description: 'The number of the last message read' }) @IsInt() @Min(0) seq!: number;
}

export class ChannelSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: CHANNEL_KINDS }) kind!: ChannelKind;
  @ApiProperty({ enum: CHANNEL_VISIBILITIES }) visibility!: ChannelVisibility;
  @ApiProperty() archived!: boolean;
  @ApiProperty() joined!: boolean;
  @ApiProperty() unread!: number;
  @ApiProperty() mentions!: number;
  @ApiProperty() lastSeq!: number;
  @ApiProperty() lastReadSeq!: number;
  @ApiProperty() members!: number;
  @ApiProperty() muted!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) silencedUntil!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'A direct conversation: the other person' })
  otherUserId!: string | null;
}

export class ChannelPageDto {
  @ApiProperty({ type: [ChannelSummaryDto] }) items!: ChannelSummaryDto[];
}

class MessageAuthorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

class MessageReactionDto {
  @ApiProperty({ enum: MESSAGE_REACTIONS }) key!: MessageReactionKey;
  @ApiProperty() count!: number;
  @ApiProperty({ type: [String] }) userIds!: string[];
}

class MessageAttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() size!: number;
}

export class ChannelMessageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() seq!: number;
  @ApiProperty({ format: 'uuid' }) channelId!: string;
  @ApiProperty() body!: string;
  @ApiProperty() bodyHtml!: string;
  @ApiProperty({ type: MessageAuthorDto }) author!: MessageAuthorDto;
  @ApiProperty({ nullable: true, type: String }) parentId!: string | null;
  @ApiProperty() clientId!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() hidden!: boolean;
  @ApiProperty({ type: [String] }) mentions!: string[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) editedAt!: string | null;
  @ApiProperty() deleted!: boolean;
  @ApiProperty() pinned!: boolean;
  @ApiProperty() replyCount!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastReplyAt!: string | null;
  @ApiProperty({ type: [MessageReactionDto] }) reactions!: MessageReactionDto[];
  @ApiProperty({ type: [MessageAttachmentDto] }) attachments!: MessageAttachmentDto[];
}

export class MessageLinkDto {
  @ApiProperty({ type: ChannelMessageDto }) message!: ChannelMessageDto;
  @ApiProperty() channelName!: string;
}

export class MessagePageDto {
  @ApiProperty({ type: [ChannelMessageDto] }) items!: ChannelMessageDto[];
  @ApiProperty() more!: boolean;
}

export class DirectConversationDto {
  @ApiProperty({ format: 'uuid' }) channelId!: string;
}

export class ReasonDto {
  @ApiProperty({ maxLength: 500 }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

export class MessageReportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) messageId!: string;
  @ApiProperty({ format: 'uuid' }) channelId!: string;
  @ApiProperty() channelName!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: MessageAuthorDto }) author!: MessageAuthorDto;
  @ApiProperty({ type: MessageAuthorDto }) reporter!: MessageAuthorDto;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
