import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
  type ChannelKind,
  type ChannelVisibility,
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
  @ApiProperty() members!: number;
}

export class ChannelPageDto {
  @ApiProperty({ type: [ChannelSummaryDto] }) items!: ChannelSummaryDto[];
}

class MessageAuthorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
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
