import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EDUCATION_LEVELS, type EducationLevel, type Sex } from '@cqo/rules';
import {
  ENTERPRISE_NATURES,
  ID_TYPES,
  type ContactPerson,
  type EnterpriseNature,
  type FilingBody,
  type FilingCqo,
  type FilingEnterprise,
  type IdType,
} from '@cqo/contracts';
import { IsDay } from '../../../platform/http/validators';

/** An optional text field of the form, documented. */
const Text = (max: number, description: string, example?: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, example, maxLength: max, nullable: true, type: String }),
    IsOptional(),
    IsString(),
    MaxLength(max),
  );

/** 单位负责人 / 单位质量负责人: name, position, phones and fax. */
export class ContactPersonDto implements ContactPerson {
  @Text(50, '姓名 Name', '王强') name?: string | null;
  @Text(50, '职务 Position', '总经理') position?: string | null;
  @Text(30, '电话 Office phone', '0756-1234567') phone?: string | null;
  @Text(20, '手机 Mobile (stored encrypted)', '13800138000') mobile?: string | null;
  @Text(30, '传真 Fax') fax?: string | null;
}

/** The enterprise part of both source forms. Every field may be missing in a draft. */
export class FilingEnterpriseDto implements FilingEnterprise {
  @Text(100, '单位名称 Enterprise name', '珠海某某电子有限公司') name?: string | null;
  @Text(20, '统一社会信用代码 Unified social credit code (GB 32100)', '91440400MA4UXXXX0X') creditCode?:
    string | null;
  @Text(8, '行业分类 GB/T 4754-2017 4-digit class', '3911') industryCode?: string | null;

  @ApiPropertyOptional({
    description: '所属地区 GB/T 2260 6-digit code where it produces / operates',
    example: '440402',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit GB/T 2260 code' })
  regionCode?: string | null;

  @ApiPropertyOptional({
    description: '单位性质 Enterprise nature',
    enum: ENTERPRISE_NATURES,
    nullable: true,
  })
  @IsOptional()
  @IsIn(ENTERPRISE_NATURES)
  nature?: EnterpriseNature | null;

  @ApiPropertyOptional({
    description: '从业人员 Employees (persons)',
    example: 120,
    minimum: 0,
    nullable: true,
    type: Number,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  employees?: number | null;

  @ApiPropertyOptional({
    description: '营业收入 Revenue (万元)',
    example: 8000,
    minimum: 0,
    nullable: true,
    type: Number,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  revenue?: number | null;

  @ApiPropertyOptional({
    description: '资产总额 Total assets (万元)',
    example: 6000,
    minimum: 0,
    nullable: true,
    type: Number,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  totalAssets?: number | null;

  @Text(500, '主导产品及经营项目 Main products and business') mainProducts?: string | null;
  @Text(200, '单位地址 Address') address?: string | null;

  @ApiPropertyOptional({ description: '邮编 Postcode', example: '519000', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'postcode must be 6 digits' })
  postcode?: string | null;

  @Text(200, '单位网址 Website') website?: string | null;
  @Text(254, '单位邮箱 Enterprise e-mail') email?: string | null;

  @ApiPropertyOptional({ type: ContactPersonDto, description: '单位负责人 Legal representative' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactPersonDto)
  legalRepresentative?: ContactPersonDto | null;

  @ApiPropertyOptional({ type: ContactPersonDto, description: '单位质量负责人 Quality lead' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactPersonDto)
  qualityLead?: ContactPersonDto | null;
}

/** The CQO part of both source forms. */
export class FilingCqoDto implements FilingCqo {
  @Text(50, '首席质量官姓名 Name', '李明') name?: string | null;

  @ApiPropertyOptional({
    enum: ID_TYPES,
    description:
      'resident = 居民身份证; hk / mo / tw identity cards; hk-mo-permit, tw-permit, residence-permit',
    nullable: true,
  })
  @IsOptional()
  @IsIn(ID_TYPES)
  idType?: IdType | null;

  @Text(30, '证件号码 ID number (stored encrypted, returned masked)', '440402199001011234') idNumber?:
    string | null;

  @ApiPropertyOptional({ enum: ['male', 'female'], description: '性别 Sex', nullable: true })
  @IsOptional()
  @IsIn(['male', 'female'])
  sex?: Sex | null;

  @ApiPropertyOptional({
    description: '出生日期 Birth date YYYY-MM-DD',
    example: '1990-01-01',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @IsDay()
  birthDate?: string | null;

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, description: '学历 Education', nullable: true })
  @IsOptional()
  @IsIn(EDUCATION_LEVELS)
  education?: EducationLevel | null;

  @Text(100, '毕业院校 School') school?: string | null;
  @Text(100, '专业 Major') major?: string | null;

  @ApiPropertyOptional({
    description: '质量工作年限 Years in quality work',
    example: 8,
    minimum: 0,
    maximum: 70,
    nullable: true,
    type: Number,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(70)
  qualityYears?: number | null;

  @Text(50, '现任职务 Current position', '副总经理') position?: string | null;
  @Text(200, '兼任职务 Other posts in the enterprise (董事长、总经理、副总经理或其他)') otherPosts?:
    string | null;
  @Text(50, '职称 Professional title', '高级工程师') title?: string | null;
  @Text(30, '联系电话 Office phone') phone?: string | null;
  @Text(20, '手机 Mobile (stored encrypted, returned masked)', '13800138000') mobile?: string | null;
  @Text(30, '传真 Fax') fax?: string | null;
  @Text(254, 'Email — the CQO’s own mailbox, not a department one') email?: string | null;
  @Text(200, '通讯地址 Mailing address') address?: string | null;

  @ApiPropertyOptional({
    description: '任职时间 Appointment date YYYY-MM-DD',
    example: '2023-11-01',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @IsDay()
  appointedOn?: string | null;

  @Text(50, '培训证书号 Training certificate number') trainingCertificateNo?: string | null;
  @Text(100, '发证机构 Certificate issuer') certificateIssuer?: string | null;
  @Text(5000, '工作简历 Résumé: quality-management experience, awards') resume?: string | null;
  @Text(1000, '备注 Remarks') remarks?: string | null;
}

/** A filing as the applicant sends it; any part may be missing while it is a draft. */
export class FilingBodyDto implements FilingBody {
  @ApiPropertyOptional({ type: FilingEnterpriseDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => FilingEnterpriseDto)
  enterprise?: FilingEnterpriseDto;

  @ApiPropertyOptional({ type: FilingCqoDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => FilingCqoDto)
  cqo?: FilingCqoDto;
}
