import type { AnswerValue, SurveyQuestion } from '@cqo/contracts';

/** Whether a question shows, given the answers so far (the API applies the same rule). */
export function isShown(
  q: SurveyQuestion,
  all: SurveyQuestion[],
  answers: Record<string, AnswerValue>,
): boolean {
  if (!q.showIf) return true;
  const parent = all.find((p) => p.id === q.showIf!.questionId);
  if (!parent || !isShown(parent, all, answers)) return false;
  const v = answers[parent.id];
  return Array.isArray(v) ? v.includes(q.showIf.optionId) : v === q.showIf.optionId;
}
