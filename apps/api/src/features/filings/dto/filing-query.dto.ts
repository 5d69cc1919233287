import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { ELIGIBILITY_OUTCOMES, type EnterpriseSize } from '@cqo/rules';
import { FILING_STATUSES, type FilingStatus, type ReviewRequest } from '@cqo/contracts';
import { PageQuery } from '../../../platform/http/page-query.dto';
import { commaList, RegionPrefixFilter, SizeListFilter } from '../../../platform/http/query-filters';
import { IsDay } from '../../../platform/http/validators';

export class FilingQueueQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: FILING_STATUSES,
    isArray: true,
    description: 'One or more statuses, comma-separated',
  })
  @Transform(commaList)
  @IsOptional()
  @IsArray()
  @IsIn(FILING_STATUSES, { each: true })
  status?: FilingStatus[];

  @RegionPrefixFilter()
  region?: string;

  @ApiPropertyOptional({ description: 'GB/T 4754 section letter (C) or code prefix (39, 391)' })
  @IsOptional()
  @Matches(/^([A-Ta-t]|\d{1,4})$/, { message: 'industry must be a section letter or 1 to 4 digits' })
  industry?: string;

  @SizeListFilter()
  size?: EnterpriseSize[];

  @ApiPropertyOptional({ enum: ELIGIBILITY_OUTCOMES, isArray: true })
  @Transform(commaList)
  @IsOptional()
  @IsArray()
  @IsIn(ELIGIBILITY_OUTCOMES, { each: true })
  eligibility?: string[];

  @ApiPropertyOptional({ description: 'Submitted on or after this day (YYYY-MM-DD, Asia/Shanghai)' })
  @IsOptional()
  @IsDay()
  submittedFrom?: string;

  @ApiPropertyOptional({ description: 'Submitted on or before this day (YYYY-MM-DD, Asia/Shanghai)' })
  @IsOptional()
  @IsDay()
  submittedTo?: string;

  @ApiPropertyOptional({ description: 'Part of the enterprise name, the CQO name or the credit code' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class ReviewDto implements ReviewRequest {
  @ApiProperty({ enum: ['approve', 'return', 'reject'] })
  @IsIn(['approve', 'return', 'reject'])
  decision!: 'approve' | 'return' | 'reject';

  @ApiPropertyOptional({
    description: 'Comment to the applicant (required to return or reject)',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({
    description: 'Comments per field, e.g. {"cqo.idNumber": "请核对证件号"}',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @IsOptional()
  @IsObject()
  fieldComments?: Record<string, string>;
}

export class RevealDto {
  @ApiProperty({ enum: ['idNumber', 'mobile'], description: 'Which personal number to show in clear' })
  @IsIn(['idNumber', 'mobile'])
  field!: 'idNumber' | 'mobile';

  @ApiProperty({ description: 'Why you need it (kept in the audit log)', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reason!: string;
}

export class TalentPoolQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the enterprise name or the CQO name' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class ImportQuery {
  @ApiPropertyOptional({ description: 'Only check the file and answer the report; save nothing' })
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsOptional()
  @IsBoolean()
  dryRun = false;
}
