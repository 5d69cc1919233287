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
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CONSULTATION_KINDS,
  CONSULTATION_STATUSES,
  DISPOSITIONS,
  QUESTION_TYPES,
  type ConsultationKind,
  type ConsultationStatus,
  type Disposition,
  type QuestionType,
} from '@cqo/contracts';
import { PageQuery } from '../../../platform/http/page-query.dto';
import { IsDay, Omittable } from '../../../platform/http/validators';
import { AudienceDto } from '../../announcements';

/** Members or a segment of them: a consultation is never open to visitors' comments. */
export class ConsultationAudienceDto extends AudienceDto {
  @ApiProperty({ enum: ['members', 'segment'] })
  @IsIn(['members', 'segment'])
  override type!: 'members' | 'segment';
}

/** A draft may be long: a 100-page standard is some 150,000 characters. */
export const DRAFT_MAX = 400_000;

export class ConsultationInputDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotEmpty() @MaxLength(200) title!: string;
  @ApiProperty({ example: 'T/ZHCQO 001—2026', maxLength: 60 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  standardCode!: string;
  @ApiPropertyOptional({ enum: CONSULTATION_KINDS, default: 'group' })
  @IsOptional()
  @IsIn(CONSULTATION_KINDS)
  kind?: ConsultationKind;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10_000) description?: string;
  @ApiPropertyOptional({ description: '起草单位' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  draftingOrganisation?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) contact?: string;
  @ApiProperty({ example: '2026-12-10', description: 'Opening day (Asia/Shanghai)' })
  @IsDay()
  opensOn!: string;
  @ApiProperty({ example: '2026-12-31', description: 'Closing day, included' }) @IsDay() closesOn!: string;
  @ApiProperty({ type: ConsultationAudienceDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ConsultationAudienceDto)
  audience!: ConsultationAudienceDto;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() publicReading?: boolean;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() commentsVisible?: boolean;
  @ApiPropertyOptional({ description: 'The draft as text, split into clauses' })
  @IsOptional()
  @IsString()
  @MaxLength(DRAFT_MAX)
  draftText?: string;
}

export class ConsultationPatchDto {
  @ApiPropertyOptional() @Omittable() @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @ApiPropertyOptional() @Omittable() @IsString() @IsNotEmpty() @MaxLength(60) standardCode?: string;
  @ApiPropertyOptional({ enum: CONSULTATION_KINDS })
  @Omittable()
  @IsIn(CONSULTATION_KINDS)
  kind?: ConsultationKind;
  @ApiPropertyOptional() @Omittable() @IsString() @MaxLength(10_000) description?: string;
  @ApiPropertyOptional() @Omittable() @IsString() @MaxLength(200) draftingOrganisation?: string;
  @ApiPropertyOptional() @Omittable() @IsString() @MaxLength(200) contact?: string;
  @ApiPropertyOptional() @Omittable() @IsDay() opensOn?: string;
  @ApiPropertyOptional({ description: 'May move while open (the closing follows it)' })
  @Omittable()
  @IsDay()
  closesOn?: string;
  @ApiPropertyOptional({ type: ConsultationAudienceDto })
  @Omittable()
  @ValidateNested()
  @Type(() => ConsultationAudienceDto)
  audience?: ConsultationAudienceDto;
  @ApiPropertyOptional() @Omittable() @IsBoolean() publicReading?: boolean;
  @ApiPropertyOptional() @Omittable() @IsBoolean() commentsVisible?: boolean;
  @ApiPropertyOptional({ description: 'Before opening only: replaces the clauses by a new split' })
  @Omittable()
  @IsString()
  @MaxLength(DRAFT_MAX)
  draftText?: string;
}

export class ConsultationQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['open', 'closed', 'concluded', 'drafts'],
    description:
      'open; closed (closed, concluded or published); concluded (concluded or published); drafts (staff: draft or scheduled)',
  })
  @IsOptional()
  @IsIn(['open', 'closed', 'concluded', 'drafts'])
  state?: 'open' | 'closed' | 'concluded' | 'drafts';

  @ApiPropertyOptional({ enum: CONSULTATION_STATUSES, description: 'Staff: one status' })
  @IsOptional()
  @IsIn(CONSULTATION_STATUSES)
  status?: ConsultationStatus;

  @ApiPropertyOptional({ description: 'Words in the title or standard code' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class ClauseItemDto {
  @ApiProperty({ example: '4.1.1' }) @IsString() @IsNotEmpty() @MaxLength(30) number!: string;
  @ApiProperty() @IsString() @MaxLength(200) title!: string;
  @ApiProperty() @IsString() @MaxLength(DRAFT_MAX) text!: string;
  @ApiProperty({ minimum: 1, maximum: 6 }) @IsInt() @Min(1) @Max(6) depth!: number;
}

export class ClauseCorrectionDto {
  @ApiProperty({ type: [ClauseItemDto] })
  @IsArray()
  @ArrayMaxSize(3000)
  @ValidateNested({ each: true })
  @Type(() => ClauseItemDto)
  items!: ClauseItemDto[];
}

export class CommentInputDto {
  @ApiProperty({ format: 'uuid', nullable: true, description: 'Null: on the whole text' })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  clauseId!: string | null;
  @ApiProperty({ description: '修改建议', maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  proposedChange!: string;
  @ApiPropertyOptional({ description: '理由', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  reason?: string;
}

export class CommentPatchDto {
  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  clauseId?: string | null;
  @ApiPropertyOptional() @Omittable() @IsString() @IsNotEmpty() @MaxLength(5000) proposedChange?: string;
  @ApiPropertyOptional() @Omittable() @IsString() @MaxLength(5000) reason?: string;
}

export class CommentQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'A clause id, or "none" for comments on the whole text' })
  @IsOptional()
  @ValidateIf((_, v) => v !== 'none')
  @IsUUID()
  clause?: string;

  @ApiPropertyOptional({ enum: [...DISPOSITIONS, 'undecided'] })
  @IsOptional()
  @IsIn([...DISPOSITIONS, 'undecided'])
  decision?: Disposition | 'undecided';

  @ApiPropertyOptional({ description: 'Words in the enterprise name (staff)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  enterprise?: string;

  @ApiPropertyOptional({ description: 'Only my own comments' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  mine?: boolean;
}

export class DispositionDto {
  @ApiProperty({ enum: DISPOSITIONS }) @IsIn(DISPOSITIONS) decision!: Disposition;
  @ApiPropertyOptional({ description: 'Required unless adopted' })
  @ValidateIf((o: DispositionDto) => o.decision !== 'adopted' || o.reason !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

export class BulkDispositionDto extends DispositionDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  commentIds!: string[];
}

export class QuestionInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Keep to edit an existing question' })
  @IsOptional()
  @IsUUID()
  id?: string;
  @ApiProperty({ enum: QUESTION_TYPES }) @IsIn(QUESTION_TYPES) type!: QuestionType;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(300) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) description?: string;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() required?: boolean;
  @ApiPropertyOptional({
    description: 'Choices: labels, or {id,label} to keep an existing option',
    example: ['是', '否'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  options?: (string | { id?: string; label: string })[];
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(1_000_000) min?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(1_000_000) max?: number;
  @ApiPropertyOptional({
    description:
      'Shown only when an earlier choice question has this option: {"question": index or id, "option": index, id or label}',
  })
  @IsOptional()
  showIf?: { question: number | string; option: number | string };
}

export class SurveyInputDto {
  @ApiProperty({ type: [QuestionInputDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => QuestionInputDto)
  questions!: QuestionInputDto[];
}

export class AnswerDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() questionId!: string;
  @ApiProperty({ description: 'An option id, a list of option ids, a number or text' })
  @IsDefined()
  value!: string | string[] | number;
}

export class ResponseInputDto {
  @ApiProperty({ type: [AnswerDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers!: AnswerDto[];
  @ApiPropertyOptional({ description: 'Save as a draft (required answers not checked, not counted)' })
  @IsOptional()
  @IsBoolean()
  draft?: boolean;
}
