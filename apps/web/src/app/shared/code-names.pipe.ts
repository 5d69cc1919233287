import { Pipe, type PipeTransform } from '@angular/core';
import { getIndustry } from '@cqo/rules';
import { regionLabel } from './list/filter-options';

/**
 * A GB/T 4754 code in words: `'3911' | industry` → "计算机制造", `| industry: 'code'` → "计算机制造（3911）".
 * An unknown code is shown as it is. One place, so every page names industries alike.
 */
@Pipe({ name: 'industry' })
export class IndustryNamePipe implements PipeTransform {
  transform(code: string | null | undefined, withCode?: 'code'): string {
    if (!code) return '';
    const name = getIndustry(code)?.name;
    if (!name) return code;
    return withCode ? `${name}（${code}）` : name;
  }
}

/** A GB/T 2260 region code in words, the province left out below it: "珠海市 香洲区". */
@Pipe({ name: 'region' })
export class RegionNamePipe implements PipeTransform {
  transform(code: string | null | undefined): string {
    return regionLabel(code);
  }
}
