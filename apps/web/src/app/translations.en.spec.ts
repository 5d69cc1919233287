import { regionNameIn } from '@cqo/rules';
import { EN, englishWords } from './translations.en';

describe('the English words', () => {
  it('arrive with the divisions’ English names, which a reader in Chinese never downloads', async () => {
    expect(regionNameIn('en', '440402')).toBe('香洲区');
    expect(await englishWords()).toBe(EN);
    expect(regionNameIn('en', '440402')).toBe('Xiangzhou District');
    expect(regionNameIn('zh-CN', '440402')).toBe('香洲区');
  });
});
