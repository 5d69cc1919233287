import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  classifyEnterpriseSize,
  formatMessage,
  industryChildren,
  industryPath,
  searchIndustries,
} from '@cqo/rules';
import { Public } from '../../platform/auth/auth.decorators';
import { EnterpriseSizeDto, EnterpriseSizeQuery, IndustryListDto, IndustryQuery } from './rules.dto';

/** The rules library over HTTP, for anyone: the same answers the browser computes itself. */
@ApiTags('rules')
@Controller()
export class RulesController {
  @Get('rules/enterprise-size')
  @Public()
  @ApiOperation({
    summary: 'Enterprise size by the 2017 national standard, with the explanation and the thresholds used',
  })
  @ApiOkResponse({ type: EnterpriseSizeDto })
  enterpriseSize(@Query() query: EnterpriseSizeQuery): EnterpriseSizeDto {
    const result = classifyEnterpriseSize(query);
    return {
      ...result,
      explanation: result.explanation.map((e) => ({
        ...e,
        text: formatMessage('zh-CN', e.code, e.params),
        textEn: formatMessage('en', e.code, e.params),
      })),
      industryPath: industryPath(query.industryCode),
    };
  }

  @Get('industries')
  @Public()
  @ApiOperation({
    summary: 'GB/T 4754-2017 industries: search by code or name (q), or the children of a code (parent)',
  })
  @ApiOkResponse({ type: IndustryListDto })
  industries(@Query() query: IndustryQuery): IndustryListDto {
    if (query.q?.trim()) return { items: searchIndustries(query.q, query.limit) };
    return { items: industryChildren(query.parent ?? null) };
  }
}
