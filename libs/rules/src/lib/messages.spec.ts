import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage, messages } from './messages';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory()
      ? sources(p)
      : p.endsWith('.ts') && !p.endsWith('.spec.ts') && !p.includes('messages')
        ? [p]
        : [];
  });
}

describe('messages', () => {
  it('both languages have the same codes', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages['zh-CN']).sort());
  });

  it('every code the rules can produce has text', () => {
    const codes = new Set<string>();
    for (const file of sources(__dirname)) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /'((?:SIZE|ID|OTHER_ID|CREDIT_CODE|EMAIL|MOBILE|ELIGIBILITY|MATCH)_[A-Z0-9_]+)'/g,
      ))
        codes.add(m[1]);
    }
    expect(codes.size).toBeGreaterThan(40);
    const missing = [...codes].filter((c) => !(c in messages['zh-CN']));
    expect(missing).toEqual([]);
  });

  it('fills params and shows sizes and indicators in words', () => {
    expect(
      formatMessage('zh-CN', 'SIZE_INDICATOR_TIER', { indicator: 'employees', value: 500, tier: 'medium' }),
    ).toBe('从业人员 500 达到中型标准');
    expect(formatMessage('en', 'SIZE_RESULT_ALL_MET', { size: 'small' })).toMatch(/: small$/);
    expect(formatMessage('en', 'NO_SUCH_CODE')).toBe('NO_SUCH_CODE');
    expect(formatMessage('zh-CN', 'SIZE_GROUP')).toBe('按“”的划分标准测算');
  });
});
