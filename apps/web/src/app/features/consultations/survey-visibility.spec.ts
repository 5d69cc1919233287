import type { SurveyQuestion } from '@cqo/contracts';
import { isShown } from './survey-visibility';

const q = (id: string, over: Partial<SurveyQuestion> = {}): SurveyQuestion => ({
  id,
  type: 'single',
  title: id,
  description: null,
  required: false,
  options: [
    { id: `${id}-yes`, label: '是' },
    { id: `${id}-no`, label: '否' },
  ],
  min: null,
  max: null,
  showIf: null,
  ...over,
});

describe('which survey questions show', () => {
  const first = q('a');
  const why = q('b', { type: 'text', options: [], showIf: { questionId: 'a', optionId: 'a-no' } });
  const more = q('c', { type: 'text', options: [], showIf: { questionId: 'b', optionId: 'x' } });
  const picked = q('d', { showIf: { questionId: 'm', optionId: 'm-1' } });
  const many = q('m', { type: 'multiple', options: [{ id: 'm-1', label: '培训' }] });
  const all = [first, why, more, many, picked];

  it('a question with no condition always; a conditional one when its answer is given', () => {
    expect(isShown(first, all, {})).toBe(true);
    expect(isShown(why, all, {})).toBe(false);
    expect(isShown(why, all, { a: 'a-yes' })).toBe(false);
    expect(isShown(why, all, { a: 'a-no' })).toBe(true);
  });

  it('a multiple choice shows its follower when the option is among the ticked', () => {
    expect(isShown(picked, all, { m: [] })).toBe(false);
    expect(isShown(picked, all, { m: ['m-1'] })).toBe(true);
  });

  it('a question whose condition’s question is hidden is hidden too', () => {
    expect(isShown(more, all, { a: 'a-yes', b: 'x' })).toBe(false);
  });
});
