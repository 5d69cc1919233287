import { StoredFileDto } from '../../../platform/files/dto/stored-file.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FILING_STATUSES,
  type FilingsWaiting,
  type ImportReport,
  type ImportRowReport,
} from '@cqo/contracts';
import { ELIGIBILITY_OUTCOMES, ENTERPRISE_SIZES } from '@cqo/rules';
import { FilingCqoDto, FilingEnterpriseDto } from './filing-body.dto';

export class FilingEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Name of who acted' }) actorName!: string | null;
  @ApiProperty({
    enum: ['create', 'submit', 'resubmit', 'withdraw', 'approve', 'return', 'reject', 'supersede'],
  })
  action!: string;
  @ApiProperty({ enum: FILING_STATUSES, nullable: true }) fromStatus!: string | null;
  @ApiProperty({ enum: FILING_STATUSES }) toStatus!: string;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: { type: 'string' } })
  fieldComments!: Record<string, string> | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class FilingResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Null for an imported paper filing',
  })
  ownerId!: string | null;
  @ApiProperty({ enum: ['online', 'import'] }) source!: 'online' | 'import';
  @ApiProperty({ enum: FILING_STATUSES }) status!: string;
  @ApiProperty({ description: 'The approved filing that is its enterprise’s CQO now' }) current!: boolean;
  @ApiProperty({ type: FilingEnterpriseDto, description: 'Mobiles masked' }) enterprise!: FilingEnterpriseDto;
  @ApiProperty({ type: FilingCqoDto, description: 'ID number and mobile masked' }) cqo!: FilingCqoDto;
  @ApiProperty({
    enum: ENTERPRISE_SIZES,
    nullable: true,
    description: 'Computed on submit by the 2017 standard',
  })
  enterpriseSize!: string | null;
  @ApiProperty({ enum: ELIGIBILITY_OUTCOMES, nullable: true }) eligibilityOutcome!: string | null;
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Per-field comments of the last return',
  })
  fieldComments!: Record<string, string> | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ type: [FilingEventDto], description: 'The timeline of state changes' })
  events?: FilingEventDto[];
  @ApiPropertyOptional({ type: [StoredFileDto], description: 'Uploaded documents (附件)' })
  attachments?: StoredFileDto[];
}

export class FilingListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: FILING_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String }) enterpriseName!: string | null;
  @ApiProperty({ nullable: true, type: String }) creditCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) industryCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) regionCode!: string | null;
  @ApiProperty({ nullable: true, enum: ENTERPRISE_SIZES }) enterpriseSize!: string | null;
  @ApiProperty({ nullable: true, type: String }) eligibilityOutcome!: string | null;
  @ApiProperty({ nullable: true, type: String }) cqoName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class FilingsWaitingDto implements FilingsWaiting {
  @ApiProperty({ description: 'Filings submitted and not yet decided' }) submitted!: number;
}

export class FilingPageDto {
  @ApiProperty({ type: [FilingListItemDto] }) items!: FilingListItemDto[];
  @ApiProperty({ description: 'Matches, counted up to LIST_TOTAL_CAP (see totalCapped)' }) total!: number;
  @ApiProperty({ description: 'More than `total` match: the count stopped at the cap' })
  totalCapped!: boolean;
}

export class TalentPoolEntryDto {
  @ApiProperty({ example: '珠海某某电子有限公司' }) enterpriseName!: string;
  @ApiProperty({ example: '李明' }) cqoName!: string;
  @ApiProperty({ example: '2023-11-01', nullable: true, type: String }) appointedOn!: string | null;
}

export class TalentPoolPageDto {
  @ApiProperty({ type: [TalentPoolEntryDto] }) items!: TalentPoolEntryDto[];
  @ApiProperty() total!: number;
}

export class ImportRowErrorDto {
  @ApiProperty({ example: '身份证号' }) column!: string;
  @ApiProperty({ example: 'ID_CHECKSUM' }) code!: string;
}

export class ImportRowReportDto implements ImportRowReport {
  @ApiProperty({ description: 'Row number as Excel shows it' }) row!: number;
  @ApiProperty({ nullable: true, type: String }) enterpriseName!: string | null;
  @ApiProperty({ nullable: true, type: String }) cqoName!: string | null;
  @ApiProperty() accepted!: boolean;
  @ApiProperty({ type: [ImportRowErrorDto] }) errors!: ImportRowErrorDto[];
}

export class ImportReportDto implements ImportReport {
  @ApiProperty() fileName!: string;
  @ApiProperty() total!: number;
  @ApiProperty() accepted!: number;
  @ApiProperty() refused!: number;
  @ApiProperty({ description: 'True when the rows were saved' }) imported!: boolean;
  @ApiProperty({ type: [ImportRowReportDto] }) rows!: ImportRowReportDto[];
}

export class RevealResponseDto {
  @ApiProperty({ enum: ['idNumber', 'mobile'] }) field!: string;
  @ApiProperty({ description: 'The number in clear' }) value!: string;
}
