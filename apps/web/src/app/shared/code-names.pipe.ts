import { Pipe, inject, type PipeTransform } from '@angular/core';
import { industryLabelIn } from '@cqo/rules';
import { LanguageService } from '../core/i18n/i18n';
import { regionLabel } from './list/filter-options';

/**
 * A GB/T 4754 code in words, in the reader's language: `'3911' | industry` → "计算机整机制造" or
 * "Manufacturing · 3911"; `| industry: 'code'` adds the code in Chinese too ("计算机整机制造（3911）").
 * An unknown code is shown as it is. One place, so every page names industries alike.
 */
@Pipe({ name: 'industry', pure: false })
export class IndustryNamePipe implements PipeTransform {
  private readonly lang = inject(LanguageService).lang;

  transform(code: string | null | undefined, withCode?: 'code'): string {
    if (!code) return '';
    const lang = this.lang();
    const label = industryLabelIn(lang, code);
    return withCode && lang === 'zh-CN' && label !== code ? `${label}（${code}）` : label;
  }
}

/**
 * A GB/T 2260 region code in words, in the reader's language, Guangdong left out below it:
 * "珠海市 香洲区" or "Xiangzhou District, Zhuhai".
 */
@Pipe({ name: 'region', pure: false })
export class RegionNamePipe implements PipeTransform {
  private readonly lang = inject(LanguageService).lang;

  transform(code: string | null | undefined): string {
    return regionLabel(code, this.lang());
  }
}
