import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { StoredFileDto } from '../../../platform/files/dto/stored-file.dto';
import { IsDayOrInstant } from '../../../platform/http/validators';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ENTERPRISE_SIZES,
  type EnterpriseSize,
  type MatchReason,
  type OpportunityCriteria,
} from '@cqo/rules';
import {
  ISSUER_LEVELS,
  OPPORTUNITY_KINDS,
  TRACKING_STATES,
  type CalendarFeedStatus,
  type IssuerLevel,
  type NewCalendarFeed,
  type OpportunityKind,
  type TrackingState,
} from '@cqo/contracts';
import { PageQuery } from '../../../platform/http/page-query.dto';

/**
 * Who an opportunity is for: sizes, industries, regions, years in quality work, an approved
 * filing, and conditions in words that are shown but not checked (matchOpportunity reads them).
 */
export class CriteriaDto implements OpportunityCriteria {
  @ApiPropertyOptional({ enum: ENTERPRISE_SIZES, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(ENTERPRISE_SIZES, { each: true })
  sizes?: EnterpriseSize[];

  @ApiPropertyOptional({
    type: [String],
    example: ['B', 'C', 'D'],
    description: 'Section letters or GB/T 4754 prefixes',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^([A-Ta-t]|\d{2,4})$/, {
    each: true,
    message: 'each industry prefix is a section letter or 2 to 4 digits',
  })
  industryPrefixes?: string[];

  @ApiPropertyOptional({ type: [String], example: ['4404'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{2,6}$/, { each: true, message: 'each region prefix is 2 to 6 digits' })
  regionPrefixes?: string[];

  @ApiPropertyOptional({ minimum: 0, maximum: 60 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  minQualityYears?: number;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() requiresApprovedFiling?: boolean;

  @ApiPropertyOptional({ description: 'Other conditions in words (shown, not checked)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  otherConditions?: string;
}

export class OpportunityInputDto {
  @ApiProperty({ enum: OPPORTUNITY_KINDS }) @IsIn(OPPORTUNITY_KINDS) kind!: OpportunityKind;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) title!: string;
  @ApiProperty({ description: 'Markdown' }) @IsString() @MaxLength(50_000) body!: string;
  @ApiProperty({ enum: ISSUER_LEVELS }) @IsIn(ISSUER_LEVELS) issuer!: IssuerLevel;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) issuerName?: string;
  @ApiPropertyOptional({ example: '最高 50 万元' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  benefit?: string;
  @ApiProperty({
    example: '2026-12-31',
    description: 'A day (ends 24:00 Beijing time) or a date-time with offset',
  })
  @IsDayOrInstant()
  deadline!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) howToApply?: string;
  @ApiProperty({ type: CriteriaDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CriteriaDto)
  criteria!: CriteriaDto;
}

export class OpportunityQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OPPORTUNITY_KINDS })
  @IsOptional()
  @IsIn(OPPORTUNITY_KINDS)
  kind?: OpportunityKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'true: only open ones; false: only closed' })
  @IsOptional()
  @Transform(({ value }) =>
    value === 'true' || value === true ? true : value === 'false' || value === false ? false : value,
  )
  @IsBoolean()
  open?: boolean;
}

export class TrackingDto {
  @ApiProperty({ enum: TRACKING_STATES }) @IsIn(TRACKING_STATES) state!: TrackingState;
}

export class OpportunityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: OPPORTUNITY_KINDS }) kind!: OpportunityKind;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty() bodyHtml!: string;
  @ApiProperty({ enum: ISSUER_LEVELS }) issuer!: IssuerLevel;
  @ApiProperty({ nullable: true, type: String }) issuerName!: string | null;
  @ApiProperty({ nullable: true, type: String }) benefit!: string | null;
  @ApiProperty({ format: 'date-time' }) deadline!: string;
  @ApiProperty({ nullable: true, type: String }) howToApply!: string | null;
  @ApiProperty({ type: CriteriaDto }) criteria!: OpportunityCriteria;
  @ApiProperty() open!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ enum: TRACKING_STATES, nullable: true }) tracking?: TrackingState | null;
  @ApiPropertyOptional({ type: [StoredFileDto], description: 'On one opportunity: its documents' })
  attachments?: StoredFileDto[];
}

export class OpportunityPageDto {
  @ApiProperty({ type: [OpportunityDto] }) items!: OpportunityDto[];
  @ApiProperty() total!: number;
}

export class MatchReasonDto implements MatchReason {
  @ApiProperty({ enum: ['sizes', 'industry', 'region', 'qualityYears', 'approvedFiling', 'otherConditions'] })
  criterion!: MatchReason['criterion'];
  @ApiProperty({ description: 'Does not stand in the way' }) ok!: boolean;
  @ApiProperty({ description: 'False for conditions the platform cannot check (the member checks them)' })
  checked!: boolean;
  @ApiProperty({ example: 'MATCH_SIZE_MISMATCH' }) code!: string;
}

export class MatchedOpportunityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: OPPORTUNITY_KINDS }) kind!: OpportunityKind;
  @ApiProperty({ format: 'date-time' }) deadline!: string;
  @ApiProperty() matches!: boolean;
  @ApiProperty({ type: [MatchReasonDto] }) reasons!: MatchReasonDto[];
  @ApiProperty({ enum: TRACKING_STATES, nullable: true }) tracking!: TrackingState | null;
}

export class MatchedPageDto {
  @ApiProperty({ type: [MatchedOpportunityDto], description: 'At most 100: those that fit first' })
  items!: MatchedOpportunityDto[];
  @ApiProperty({ description: 'Open opportunities in all' }) total!: number;
  @ApiProperty({ description: 'Of them, those the enterprise fits' }) matching!: number;
}

export class FunnelDto {
  @ApiProperty() interested!: number;
  @ApiProperty() preparing!: number;
  @ApiProperty() applied!: number;
  @ApiProperty() awarded!: number;
  @ApiProperty({ name: 'not-awarded' }) 'not-awarded'!: number;
}

export class CalendarFeedStatusDto implements CalendarFeedStatus {
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) createdAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastReadAt!: string | null;
}

export class NewCalendarFeedDto implements NewCalendarFeed {
  @ApiProperty({ description: 'Subscribe to this in a calendar app; it is shown only now' }) url!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
