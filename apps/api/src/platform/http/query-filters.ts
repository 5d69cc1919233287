import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsOptional, Matches } from 'class-validator';
import { ENTERPRISE_SIZES } from '@cqo/rules';

/** `?x=a,b` or repeated `?x=a&x=b` → an array (blank items dropped). */
export const commaList = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : (Array.isArray(value) ? value : String(value).split(',')).map((v) => String(v).trim()).filter(Boolean);

/** `?region=` — a GB/T 2260 code prefix, 2 to 6 digits (4404 is Zhuhai, 440402 Xiangzhou). */
export function RegionPrefixFilter(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      description: 'Region code prefix (GB/T 2260), e.g. 4404 for Zhuhai, 440402 for Xiangzhou',
    }),
    IsOptional(),
    Matches(/^\d{2,6}$/, { message: 'region must be 2 to 6 digits' }),
  );
}

/** `?industry=` — a GB/T 4754 section letter (C) or a division, group or class code prefix (39). */
export function IndustryPrefixFilter(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      description: 'Industry section letter (C) or division / group / class code prefix (39)',
    }),
    IsOptional(),
    Matches(/^([A-Ta-t]|\d{2,4})$/, { message: 'industry must be a section letter or 2 to 4 digits' }),
  );
}

/** `?size=small,micro` — enterprise sizes of the 2017 standard. */
export function SizeListFilter(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: ENTERPRISE_SIZES,
      isArray: true,
      description: 'One or more, comma-separated',
    }),
    Transform(commaList),
    IsOptional(),
    IsArray(),
    IsIn(ENTERPRISE_SIZES, { each: true }),
  );
}
