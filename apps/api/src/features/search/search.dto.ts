import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { SEARCH_KINDS, type SearchKind } from '@cqo/contracts';
import { PageQuery } from '../../platform/http/page-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SearchQueryDto extends PageQuery {
  @ApiProperty({
    description: 'Words, in Chinese (Simplified or Traditional), Latin or pinyin',
    example: '良率',
  })
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q!: string;

  @ApiPropertyOptional({ enum: SEARCH_KINDS })
  @IsOptional()
  @IsIn(SEARCH_KINDS)
  kind?: SearchKind;

  @ApiPropertyOptional({ description: 'A method of quality work (cases)', example: '六西格玛' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(30)
  method?: string;

  @ApiPropertyOptional({ description: 'A GB/T 4754 section letter', example: 'C' })
  @IsOptional()
  @Matches(/^[A-T]$/, { message: 'must be a section letter A–T' })
  industry?: string;

  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2100)
  year?: number;
}

export class SuggestQueryDto {
  @ApiProperty({ description: 'What has been typed so far', example: 'zhus' })
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  q!: string;
}

export class SearchHitDto {
  @ApiProperty({ enum: SEARCH_KINDS }) kind!: SearchKind;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'HTML: escaped, the words asked for in <mark>' }) titleHighlighted!: string;
  @ApiProperty({ description: 'HTML: escaped, the words asked for in <mark>' }) snippet!: string;
  @ApiProperty({ example: '/announcements/…' }) url!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
}

export class SearchPageDto {
  @ApiProperty({ type: [SearchHitDto] }) items!: SearchHitDto[];
  @ApiProperty({ description: 'Exact, or at least this many when totalCapped' }) total!: number;
  @ApiProperty({ description: 'More documents match than one query ranks (shown as "2,000+")' })
  totalCapped!: boolean;
  @ApiProperty({
    description: 'Counts per value of kind, method, industry (section) and year',
    example: { kind: { announcement: 2 }, method: {}, industry: {}, year: { '2026': 2 } },
  })
  facets!: {
    kind: Record<string, number>;
    method: Record<string, number>;
    industry: Record<string, number>;
    year: Record<string, number>;
  };
}
