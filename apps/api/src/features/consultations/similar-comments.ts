import type { CommentGroup } from '@cqo/contracts';
import type { ConsultationComment } from './entities/consultation-comment.entity';

/** Two comments this alike (Jaccard over character pairs) are proposed as one group. */
export const SIMILARITY = 0.6;

/** Text as compared: NFKC, lower case, without spaces and punctuation. */
function pairs(text: string): Set<string> {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  const set = new Set<string>();
  for (let i = 0; i < plain.length - 1; i++) set.add(plain.slice(i, i + 2));
  if (plain.length === 1) set.add(plain);
  return set;
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Near-identical comments on the same clause (the proposed change compared, as forty enterprises
 * asking for one change word it slightly differently): each comment joins the first group whose
 * first comment is alike enough. Only groups of two or more are proposed.
 */
export function groupSimilar(comments: ConsultationComment[]): CommentGroup[] {
  const groups: { clauseId: string | null; key: Set<string>; members: ConsultationComment[] }[] = [];
  const byClause = new Map<string | null, typeof groups>();
  for (const m of comments) {
    const key = pairs(m.proposedChange);
    const same = byClause.get(m.clauseId) ?? [];
    const home = same.find((g) => similarity(g.key, key) >= SIMILARITY);
    if (home) home.members.push(m);
    else {
      const g = { clauseId: m.clauseId, key, members: [m] };
      same.push(g);
      groups.push(g);
      byClause.set(m.clauseId, same);
    }
  }
  return groups
    .filter((g) => g.members.length > 1)
    .map((g) => ({
      clauseId: g.clauseId,
      commentIds: g.members.map((m) => m.id),
      sample: g.members[0].proposedChange,
      enterprises: [...new Set(g.members.map((m) => m.enterpriseName))],
    }));
}
