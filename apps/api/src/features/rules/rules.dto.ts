import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** Query strings: blank means "not given"; anything else must read as a number. */
const optionalNumber = ({ value }: { value: unknown }) =>
  value === '' || value === null || value === undefined
    ? undefined
    : typeof value === 'string'
      ? Number(value.trim() || Number.NaN)
      : value;

export class EnterpriseSizeQuery {
  @ApiProperty({ example: '3911', description: 'GB/T 4754-2017 4-digit class (小类)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8)
  industryCode!: string;

  @ApiPropertyOptional({ example: 120, description: '从业人员 X, persons' })
  @Transform(optionalNumber)
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e9)
  employees?: number;

  @ApiPropertyOptional({ example: 8000, description: '营业收入 Y, 万元' })
  @Transform(optionalNumber)
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  revenue?: number;

  @ApiPropertyOptional({ example: 6000, description: '资产总额 Z, 万元' })
  @Transform(optionalNumber)
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  totalAssets?: number;
}

export class IndustryQuery {
  @ApiPropertyOptional({ example: '电子', description: 'Code prefix ("39", "C") or part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({
    example: 'C',
    description: 'List the entries directly below this code (sections when empty and no q)',
  })
  @IsOptional()
  @IsString()
  @Matches(/^([A-Ta-t]|\d{2,3})$/, { message: 'parent must be a section letter or a 2- or 3-digit code' })
  parent?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

export class IndustryDto {
  @ApiProperty({ example: '3911' }) code!: string;
  @ApiProperty({ example: '计算机整机制造' }) name!: string;
  @ApiProperty({ enum: ['section', 'division', 'group', 'class'] }) level!: string;
  @ApiProperty({ nullable: true, type: String, example: '391' }) parent!: string | null;
}

export class IndustryListDto {
  @ApiProperty({ type: [IndustryDto] }) items!: IndustryDto[];
}

class BoundsDto {
  @ApiProperty() large!: number;
  @ApiProperty() medium!: number;
  @ApiProperty() small!: number;
}
class IndicatorDto {
  @ApiProperty({ enum: ['employees', 'revenue', 'totalAssets'] }) indicator!: string;
  @ApiProperty({ nullable: true, type: Number }) value!: number | null;
  @ApiProperty({ nullable: true, enum: ['large', 'medium', 'small', 'micro'] }) tier!: string | null;
  @ApiProperty({ type: BoundsDto, description: 'Inclusive lower bounds (人 or 万元)' }) bounds!: BoundsDto;
}
class ExplanationDto {
  @ApiProperty({ example: 'SIZE_INDICATOR_TIER' }) code!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) params?: Record<
    string,
    string | number
  >;
  @ApiProperty({ description: 'The explanation in Simplified Chinese' }) text!: string;
  @ApiProperty({ description: 'The explanation in English' }) textEn!: string;
}
class GroupDto {
  @ApiProperty({ example: 'industry' }) id!: string;
  @ApiProperty({ example: '工业' }) name!: string;
}
export class EnterpriseSizeDto {
  @ApiProperty({ nullable: true, enum: ['large', 'medium', 'small', 'micro'] }) size!: string | null;
  @ApiProperty({ enum: ['classified', 'missing-indicators', 'not-covered', 'invalid-input'] })
  status!: string;
  @ApiProperty({ type: GroupDto, nullable: true, description: 'The size-standard industry group used' })
  group!: GroupDto | null;
  @ApiProperty({ type: [IndicatorDto] }) indicators!: IndicatorDto[];
  @ApiProperty({ enum: ['employees', 'revenue', 'totalAssets'], isArray: true }) missing!: string[];
  @ApiProperty({ type: [ExplanationDto] }) explanation!: ExplanationDto[];
  @ApiProperty({ type: [IndustryDto], description: 'Section → … → the class' }) industryPath!: IndustryDto[];
}
