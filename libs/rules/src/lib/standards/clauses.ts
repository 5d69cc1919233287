/**
 * A draft standard split into its clauses by the numbering of GB/T 1.1-2020 (标准化工作导则 第1部分),
 * so that members comment clause by clause. Shared by the API (what is stored) and the browser (the
 * staff editor previews the split as the text is pasted).
 *
 * What is a clause: 前言, 引言, 参考文献 and 索引 on a line of their own; a chapter "1 范围" (chapters
 * always have titles); a sub-clause "3.1 术语", "4.1.1" alone on its line (a term entry: the term
 * follows on the next line) or "4.1.1 产品应……。" (an untitled clause: its text follows the number);
 * an annex "附录A（规范性）" with its own clauses "A.1", "A.1.1".
 *
 * What is not: list items (a) b) 1) 2)), notes (注：), table and figure titles (表1, 图1), table of
 * contents entries (a dot leader before the page), and lines that merely begin with a number
 * ("2 家以上企业联合申报的，……"): a number is a clause only where the outline can continue with
 * it (the next sibling at some level, or the first child), and a chapter only with a title.
 */
export interface DraftClause {
  /** The identifier as written: "前言", "1", "3.1", "附录A", "A.1", "参考文献". */
  number: string;
  /** The heading after the number; empty for an untitled clause and for 前言, 引言, 参考文献. */
  title: string;
  /** The clause's own text up to the next clause (its sub-clauses are clauses of their own). */
  text: string;
  /** 1 for 前言, chapters, annexes and 参考文献; one more per level below ("3.1" is 2, "A.1" is 2). */
  depth: number;
}

export interface SplitDraft {
  /** What comes before the first clause: the cover, the standard's name, the table of contents. */
  preamble: string;
  clauses: DraftClause[];
}

/** Headings that stand alone, without a number (spaces between the characters are common). */
const NAMED = ['前言', '引言', '参考文献', '索引'] as const;
/** Levels below the chapter that GB/T 1.1 allows (a clause has at most five sub-levels). */
const MAX_DEPTH = 6;
const TITLE_MAX = 60;

const NUMBERED = /^(\d{1,3}(?:\.\d{1,3}){0,5})(?:[ \t\u3000]+(.*))?$/;
const ANNEX_CLAUSE = /^([A-Z])\.(\d{1,3}(?:\.\d{1,3}){0,4})(?:[ \t\u3000]+(.*))?$/;
const ANNEX = /^附\s*录\s*([A-Z])\s*((?:[（(]\s*(?:规范性|资料性)\s*[)）])?)\s*(.*)$/;
const NATURE_ONLY = /^[（(]\s*(?:规范性|资料性)\s*[)）]$/;
/** A table-of-contents entry: a dot leader, then the page (Arabic or Roman). */
const TOC_ENTRY = /(?:[.·…⋯]{3,}|…{2,})\s*[0-9IVXLivxl\u2160-\u216b]+\s*$/;
/** Sentence punctuation: a heading never has it; an untitled clause's text does. */
const SENTENCE = /[。；;，,：:！？!?]/;
/** Measure words after a number make it a count in a sentence ("2 家以上", "3 个月内"). */
const COUNT_WORD = /^[个家倍%‰]/;

type Outline = { annex: string | null; path: number[] };

/** Splits a draft into its preamble and clauses, in document order. */
export function splitDraft(text: string): SplitDraft {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const preamble: string[] = [];
  const found: { clause: DraftClause; lines: string[] }[] = [];
  let body = preamble;
  let outline: Outline = { annex: null, path: [] };
  const at = (i: number) => (i < lines.length ? plain(lines[i]) : '');

  for (let i = 0; i < lines.length; i++) {
    const heading = readHeading(at(i), outline, at(i + 1));
    if (!heading) {
      body.push(lines[i].trimEnd());
      continue;
    }
    outline = heading.outline;
    let title = heading.title;
    // An annex's nature and title often sit on the lines below "附 录 A"; a term entry's term
    // sits below its number.
    if (heading.kind === 'annex') {
      while (i + 1 < lines.length && isAnnexTitleLine(at(i + 1), title)) title = joinTitle(title, at(++i));
    } else if (heading.kind === 'bare' && isTitle(at(i + 1))) {
      title = at(++i);
    }
    body = heading.text ? [heading.text] : [];
    found.push({ clause: { number: heading.number, title, text: '', depth: heading.depth }, lines: body });
  }
  return {
    preamble: tidy(preamble),
    clauses: found.map(({ clause, lines: own }) => ({ ...clause, text: tidy(own) })),
  };
}

/**
 * A line as the numbering is read: trimmed, with full-width digits, capitals and full stops made
 * half-width one for one ("３．１" is "3.1"); everything else as written.
 */
function plain(line: string): string {
  return line.replace(/[０-９Ａ-Ｚ．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
}

interface Heading {
  kind: 'named' | 'numbered' | 'bare' | 'annex';
  number: string;
  title: string;
  text: string;
  depth: number;
  outline: Outline;
}

function readHeading(line: string, outline: Outline, next: string | undefined): Heading | null {
  if (!line || TOC_ENTRY.test(line)) return null;
  const compact = line.replace(/\s+/g, '');
  const named = NAMED.find((n) => n === compact);
  if (named) {
    // After the body, 参考文献 and 索引 close the outline; 前言 and 引言 precede it.
    const closing = named === '参考文献' || named === '索引';
    return {
      kind: 'named',
      number: named,
      title: '',
      text: '',
      depth: 1,
      outline: closing ? { annex: '~', path: [] } : outline,
    };
  }
  const annex = ANNEX.exec(line);
  // "附录A（规范性）…", "附 录 A" alone, or "附录A 检验方法"; never "附录A给出了……".
  const annexHeading =
    annex && (annex[2] || !annex[3] || (/^附\s*录\s*[A-Z]\s/.test(line) && isTitle(annex[3])));
  if (annex && annexHeading && nextAnnex(outline, annex[1])) {
    return {
      kind: 'annex',
      number: `附录${annex[1]}`,
      title: joinTitle(annex[2].replace(/\s+/g, ''), annex[3]),
      text: '',
      depth: 1,
      outline: { annex: annex[1], path: [] },
    };
  }
  const numbered = NUMBERED.exec(line);
  if (numbered && outline.annex === null) {
    return clauseHeading(numbered[1], numbered[1], numbered[2] ?? '', outline, next);
  }
  const inAnnex = ANNEX_CLAUSE.exec(line);
  if (inAnnex && outline.annex === inAnnex[1]) {
    return clauseHeading(`${inAnnex[1]}.${inAnnex[2]}`, inAnnex[2], inAnnex[3] ?? '', outline, next);
  }
  return null;
}

function clauseHeading(
  number: string,
  digits: string,
  rest: string,
  outline: Outline,
  next: string | undefined,
): Heading | null {
  const path = digits.split('.').map(Number);
  if (!continues(outline.path, path)) return null;
  // Inside an annex the letter is the chapter: "A.1" is a second-level clause.
  const depth = path.length + (outline.annex ? 1 : 0);
  if (depth > MAX_DEPTH) return null;
  const text = rest.trim();
  const moved = { annex: outline.annex, path };
  if (!text) {
    // A number alone: a term entry (its term on the next line) or a clause whose text follows.
    // A chapter alone on its line is only a chapter when its title follows.
    if (depth === 1 && !isTitle(next ?? '')) return null;
    return { kind: 'bare', number, title: '', text: '', depth, outline: moved };
  }
  if (COUNT_WORD.test(text) || /^\d/.test(text)) return null;
  if (isTitle(text)) return { kind: 'numbered', number, title: text, text: '', depth, outline: moved };
  // Untitled clauses exist below the chapter only: a chapter always has a title.
  if (depth === 1) return null;
  return { kind: 'numbered', number, title: '', text, depth, outline: moved };
}

/** Whether `path` may follow `previous`: its first child, or the next sibling at some level. */
function continues(previous: number[], path: number[]): boolean {
  if (path.length === previous.length + 1 && path[path.length - 1] === 1) {
    return path.slice(0, -1).every((n, i) => n === previous[i]);
  }
  if (path.length > previous.length || path.length === 0) return false;
  const level = path.length - 1;
  return (
    path.slice(0, level).every((n, i) => n === previous[i]) && path[level] === (previous[level] ?? 0) + 1
  );
}

/** Annexes run A, B, C …: a later letter than the current annex, and none after 参考文献. */
function nextAnnex(outline: Outline, letter: string): boolean {
  if (outline.annex === '~') return false;
  return outline.annex === null || letter > outline.annex;
}

function isTitle(text: string): boolean {
  return (
    !!text &&
    text.length <= TITLE_MAX &&
    !SENTENCE.test(text) &&
    !/^\d/.test(text) &&
    !NUMBERED.test(text) &&
    !ANNEX_CLAUSE.test(text) &&
    !/^(注|示例)\s*\d*\s*[:：]|^(表|图)\s*[A-Z]?\.?\d/.test(text) &&
    !/^[a-z]\)|^\d+\)/.test(text)
  );
}

function isAnnexTitleLine(line: string, title: string): boolean {
  if (NATURE_ONLY.test(line)) return !/[（(]/.test(title);
  // The annex's name, once: after the nature, or when there was none.
  const named = title.replace(/^[（(][^)）]*[)）]/, '').trim();
  return !named && isTitle(line) && !NAMED.includes(line.replace(/\s+/g, '') as never);
}

function joinTitle(a: string, b: string): string {
  return `${a}${NATURE_ONLY.test(b) ? b.replace(/\s+/g, '') : b}`.trim();
}

/** The lines of one part without the empty lines around it. */
function tidy(lines: string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && !lines[start].trim()) start++;
  while (end > start && !lines[end - 1].trim()) end--;
  return lines.slice(start, end).join('\n');
}

/**
 * A split written back as text in the same form, so that `splitDraft(renderDraft(s))` gives `s`
 * again: the staff editor's corrections become the draft text.
 */
export function renderDraft(split: SplitDraft): string {
  const parts: string[] = [];
  if (split.preamble) parts.push(split.preamble);
  for (const c of split.clauses) {
    const isAnnex = c.number.startsWith('附录');
    const named = isAnnex || (NAMED as readonly string[]).includes(c.number);
    if (named || c.title) {
      const head = named ? `${c.number}${c.title}` : `${c.number} ${c.title}`;
      parts.push([head, c.text].filter(Boolean).join('\n'));
    } else {
      // An untitled clause: its text follows the number on the same line.
      parts.push(c.text ? `${c.number} ${c.text}` : c.number);
    }
  }
  return parts.join('\n\n');
}

/**
 * A clause's depth from its number as written: 1 for 前言, chapters, annexes and 参考文献; "3.1" is
 * 2; inside an annex the letter counts as a level ("A.1" is 2). For the staff editor, where a
 * clause is renumbered by hand.
 */
export function clauseDepth(number: string): number {
  const n = number.trim();
  const annexClause = /^[A-Z]\.(\d+(?:\.\d+)*)$/.exec(n);
  if (annexClause) return Math.min(MAX_DEPTH, annexClause[1].split('.').length + 1);
  if (/^\d+(?:\.\d+)*$/.test(n)) return Math.min(MAX_DEPTH, n.split('.').length);
  return 1;
}
