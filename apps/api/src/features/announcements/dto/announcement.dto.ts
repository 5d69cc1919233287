import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDefined,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ENTERPRISE_SIZES, type EnterpriseSize } from '@cqo/rules';
import {
  ANNOUNCEMENT_KINDS,
  ANNOUNCEMENT_STATUSES,
  type AnnouncementKind,
  type AnnouncementStatus,
  type Audience,
} from '@cqo/contracts';
import { PageQuery } from '../../../platform/http/page-query.dto';
import { Omittable } from '../../../platform/http/validators';

export class AudienceDto implements Audience {
  @ApiProperty({ enum: ['public', 'members', 'segment'] })
  @IsIn(['public', 'members', 'segment'])
  type!: 'public' | 'members' | 'segment';

  @ApiPropertyOptional({
    type: [String],
    example: ['C', '39'],
    description: 'Section letters or GB/T 4754 code prefixes',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^([A-Ta-t]|\d{2,4})$/, {
    each: true,
    message: 'each industry prefix is a section letter or 2 to 4 digits',
  })
  industryPrefixes?: string[];

  @ApiPropertyOptional({ type: [String], example: ['4404'], description: 'GB/T 2260 region code prefixes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{2,6}$/, { each: true, message: 'each region prefix is 2 to 6 digits' })
  regionPrefixes?: string[];

  @ApiPropertyOptional({ enum: ENTERPRISE_SIZES, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(ENTERPRISE_SIZES, { each: true })
  sizes?: EnterpriseSize[];
}

export class AnnouncementInputDto {
  @ApiProperty({ enum: ANNOUNCEMENT_KINDS }) @IsIn(ANNOUNCEMENT_KINDS) kind!: AnnouncementKind;
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotEmpty() @MaxLength(200) title!: string;
  @ApiProperty({ description: 'Markdown' }) @IsString() @IsNotEmpty() @MaxLength(50_000) body!: string;
  @ApiProperty({ type: AudienceDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => AudienceDto)
  audience!: AudienceDto;
  @ApiPropertyOptional() @Omittable() @IsBoolean() pinned?: boolean;
}

export class AnnouncementPatchDto {
  @ApiPropertyOptional({ enum: ANNOUNCEMENT_KINDS })
  @Omittable()
  @IsIn(ANNOUNCEMENT_KINDS)
  kind?: AnnouncementKind;
  @ApiPropertyOptional() @Omittable() @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @ApiPropertyOptional() @Omittable() @IsString() @IsNotEmpty() @MaxLength(50_000) body?: string;
  @ApiPropertyOptional({ type: AudienceDto })
  @Omittable()
  @ValidateNested()
  @Type(() => AudienceDto)
  audience?: AudienceDto;
  @ApiPropertyOptional() @Omittable() @IsBoolean() pinned?: boolean;
}

export class PublishDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Publish later, at this time; now when absent' })
  @IsOptional()
  @IsDateString({ strict: true })
  at?: string;
}

export class AnnouncementQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ANNOUNCEMENT_KINDS })
  @IsOptional()
  @IsIn(ANNOUNCEMENT_KINDS)
  kind?: AnnouncementKind;

  @ApiPropertyOptional({ description: 'Words in the title or body' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    enum: ANNOUNCEMENT_STATUSES,
    description: 'Staff only: drafts, scheduled, unpublished',
  })
  @IsOptional()
  @IsIn(ANNOUNCEMENT_STATUSES)
  status?: AnnouncementStatus;
}

export class AnnouncementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ANNOUNCEMENT_KINDS }) kind!: AnnouncementKind;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Markdown source' }) body!: string;
  @ApiProperty({ description: 'Rendered, sanitised HTML' }) bodyHtml!: string;
  @ApiProperty({ type: AudienceDto }) audience!: AudienceDto;
  @ApiProperty({ enum: ANNOUNCEMENT_STATUSES }) status!: AnnouncementStatus;
  @ApiProperty() pinned!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional() read?: boolean;
}

export class AnnouncementPageDto {
  @ApiProperty({ type: [AnnouncementDto] }) items!: AnnouncementDto[];
  @ApiProperty() total!: number;
}

export class ReadReceiptsDto {
  @ApiProperty({ description: 'Members in the audience' }) audience!: number;
  @ApiProperty() read!: number;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) readers!: {
    userId: string;
    name: string;
    readAt: string;
  }[];
}

export class RemindResultDto {
  @ApiProperty({ description: 'Unread members being reminded (in the background)' }) queued!: boolean;
}
