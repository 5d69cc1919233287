import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
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
  CASE_METHODS,
  CASE_STATUSES,
  type CaseContent,
  type CaseMethod,
  type CaseResult,
  type CaseStatus,
} from '@cqo/contracts';
import { PageQuery } from '../../../platform/http/page-query.dto';
import { Omittable } from '../../../platform/http/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export class CaseResultDto implements CaseResult {
  @ApiProperty({ example: '一次合格率' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  metric!: string;
  @ApiProperty({ example: '92.3%' }) @Transform(trim) @IsString() @MaxLength(40) before!: string;
  @ApiProperty({ example: '98.6%' }) @Transform(trim) @IsString() @MaxLength(40) after!: string;
}

const THIS_YEAR_LIMIT = 2100;

/** What an author writes; the same fields, all optional, for an edit. */
export class CaseInputDto {
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ maxLength: 1000, description: 'What visitors read besides the title' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  summary!: string;

  @ApiProperty({ description: 'Markdown with images; rendered and sanitised by the server' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100_000)
  body!: string;

  @ApiProperty({ example: '3911', description: 'GB/T 4754-2017 class (4 digits)' })
  @IsString()
  @Matches(/^\d{4}$/, { message: 'industryCode is a 4-digit GB/T 4754-2017 class' })
  industryCode!: string;

  @ApiProperty({ enum: CASE_METHODS, isArray: true })
  @IsArray()
  @ArrayMaxSize(CASE_METHODS.length)
  @IsIn(CASE_METHODS, { each: true, message: `each method is one of: ${CASE_METHODS.join(', ')}` })
  methods!: CaseMethod[];

  @ApiPropertyOptional({ type: [String], description: 'Free tags' })
  @Omittable()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(20, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: [CaseResultDto], description: 'Results before and after' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CaseResultDto)
  results?: CaseResultDto[];

  @ApiPropertyOptional({ maxLength: 200, description: "The author's enterprise when left out" })
  @Omittable()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  enterpriseName?: string;

  @ApiPropertyOptional({ nullable: true, type: Number, example: 2025 })
  @IsOptional()
  @IsInt()
  @Min(1949)
  @Max(THIS_YEAR_LIMIT)
  year?: number | null;
}

export class CasePatchDto {
  @ApiPropertyOptional()
  @Omittable()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;
  @ApiPropertyOptional()
  @Omittable()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  summary?: string;
  @ApiPropertyOptional() @Omittable() @IsString() @IsNotEmpty() @MaxLength(100_000) body?: string;
  @ApiPropertyOptional()
  @Omittable()
  @IsString()
  @Matches(/^\d{4}$/, { message: 'industryCode is a 4-digit GB/T 4754-2017 class' })
  industryCode?: string;
  @ApiPropertyOptional({ enum: CASE_METHODS, isArray: true })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(CASE_METHODS.length)
  @IsIn(CASE_METHODS, { each: true, message: `each method is one of: ${CASE_METHODS.join(', ')}` })
  methods?: CaseMethod[];
  @ApiPropertyOptional({ type: [String] })
  @Omittable()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(20, { each: true })
  tags?: string[];
  @ApiPropertyOptional({ type: [CaseResultDto] })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CaseResultDto)
  results?: CaseResultDto[];
  @ApiPropertyOptional()
  @Omittable()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  enterpriseName?: string;
  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(1949)
  @Max(THIS_YEAR_LIMIT)
  year?: number | null;
}

export class CaseReviewDto {
  @ApiProperty({ enum: ['publish', 'return'] }) @IsIn(['publish', 'return']) decision!: 'publish' | 'return';
  @ApiPropertyOptional({ description: 'Required when returning: what the author should change' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class CaseFeatureDto {
  @ApiProperty() @IsBoolean() featured!: boolean;
}

export class CaseCommentInputDto {
  @ApiProperty({ maxLength: 2000 }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) body!: string;
}

/** Which cases a list shows. */
export const CASE_SCOPES = ['library', 'mine', 'bookmarked', 'review'] as const;
export type CaseScope = (typeof CASE_SCOPES)[number];

export class CaseQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Words, found with the Chinese search (members; visitors: title and summary)',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: CASE_METHODS })
  @IsOptional()
  @IsIn(CASE_METHODS)
  method?: CaseMethod;

  @ApiPropertyOptional({ description: 'A GB/T 4754 section letter or code prefix', example: 'C' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^([A-T]|\d{2,4})$/, { message: 'industry is a section letter or 2 to 4 digits' })
  industry?: string;

  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1949)
  @Max(THIS_YEAR_LIMIT)
  year?: number;

  @ApiPropertyOptional({ description: 'Featured cases only (the home page)' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  featured?: boolean;

  @ApiPropertyOptional({
    enum: CASE_SCOPES,
    description:
      'library (published, the default); mine (your own, any state); bookmarked; review (staff: the submitted queue)',
  })
  @IsOptional()
  @IsIn(CASE_SCOPES)
  scope?: CaseScope;

  @ApiPropertyOptional({ enum: CASE_STATUSES, description: 'With scope=mine or review' })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;
}

export class CaseResultViewDto implements CaseResult {
  @ApiProperty() metric!: string;
  @ApiProperty() before!: string;
  @ApiProperty() after!: string;
}

export class CaseContentDto implements CaseContent {
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null for visitors' }) body!: string | null;
  @ApiProperty({ nullable: true, type: String }) bodyHtml!: string | null;
  @ApiProperty() industryCode!: string;
  @ApiProperty({ enum: CASE_METHODS, isArray: true }) methods!: CaseMethod[];
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [CaseResultViewDto] }) results!: CaseResult[];
  @ApiProperty() enterpriseName!: string;
  @ApiProperty({ nullable: true, type: Number }) year!: number | null;
}

export class CaseSummaryDto extends CaseContentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty() featured!: boolean;
  @ApiProperty() authorName!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() likes!: number;
  @ApiProperty() bookmarks!: number;
  @ApiProperty() comments!: number;
  @ApiProperty({ description: 'Members who opened it' }) views!: number;
}

export class CaseDetailDto extends CaseSummaryDto {
  @ApiProperty() full!: boolean;
  @ApiProperty() liked!: boolean;
  @ApiProperty() bookmarked!: boolean;
  @ApiProperty({ description: 'The reader wrote it' }) own!: boolean;
  @ApiProperty() editable!: boolean;
  @ApiProperty({ nullable: true, type: CaseContentDto }) publishedVersion!: CaseContentDto | null;
  @ApiProperty({ nullable: true, type: String }) reviewComment!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) reviewedAt!: string | null;
}

export class CasePageDto {
  @ApiProperty({ type: [CaseSummaryDto] }) items!: CaseSummaryDto[];
  @ApiProperty() total!: number;
}

export class CaseCommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() removable!: boolean;
}

export class MarkResultDto {
  @ApiProperty({ description: 'Whether the reader now likes (or has bookmarked) it' }) active!: boolean;
  @ApiProperty({ description: 'How many readers do' }) count!: number;
}
