import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ENTERPRISE_SIZES, type EnterpriseSize } from '@cqo/rules';
import {
  VISIBILITIES,
  type DirectoryEntry,
  type PrivacySettings,
  type ProfileUpdate,
  type Visibility,
} from '@cqo/contracts';
import { PageQuery } from '../../../platform/http/page-query.dto';
import {
  IndustryPrefixFilter,
  RegionPrefixFilter,
  SizeListFilter,
} from '../../../platform/http/query-filters';

export class DirectoryQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of a name, an enterprise or a topic' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;

  @IndustryPrefixFilter()
  industry?: string;

  @RegionPrefixFilter()
  region?: string;

  @SizeListFilter()
  size?: EnterpriseSize[];

  @ApiPropertyOptional({ description: 'At least this many years in quality work' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  minYears?: number;
}

export class DirectoryEntryDto implements DirectoryEntry {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) enterpriseName!: string | null;
  @ApiProperty({ nullable: true, type: String }) industryCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) regionCode!: string | null;
  @ApiProperty({ nullable: true, enum: ENTERPRISE_SIZES }) enterpriseSize!: EnterpriseSize | null;
  @ApiProperty({ nullable: true, type: Number }) qualityYears!: number | null;
  @ApiProperty({ type: [String] }) topics!: string[];
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Absent when the member keeps it from you',
  })
  position?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Absent when the member keeps it from you',
  })
  phone?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Absent when the member keeps it from you',
  })
  email?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Absent when the member keeps it from you',
  })
  bio?: string | null;
}

export class DirectoryPageDto {
  @ApiProperty({ type: [DirectoryEntryDto] }) items!: DirectoryEntryDto[];
  @ApiProperty() total!: number;
}

export class PrivacyDto implements PrivacySettings {
  @ApiProperty({ enum: VISIBILITIES }) @IsIn(VISIBILITIES) phone!: Visibility;
  @ApiProperty({ enum: VISIBILITIES }) @IsIn(VISIBILITIES) email!: Visibility;
  @ApiProperty({ enum: VISIBILITIES }) @IsIn(VISIBILITIES) position!: Visibility;
  @ApiProperty({ enum: VISIBILITIES }) @IsIn(VISIBILITIES) bio!: Visibility;
  @ApiProperty({ description: 'Leave the directory altogether' }) @IsBoolean() hidden!: boolean;
}

export class ProfileUpdateDto implements ProfileUpdate {
  @ApiPropertyOptional({ nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  bio?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Topics of expertise, e.g. 六西格玛, ISO 9001' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  topics?: string[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(/^[\d\s()+-]{5,30}$/, { message: 'phone must be digits, spaces, +, - or ()' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  position?: string | null;
}

export class MyProfileDto extends DirectoryEntryDto {
  @ApiProperty({ type: PrivacyDto }) privacy!: PrivacyDto;
}
