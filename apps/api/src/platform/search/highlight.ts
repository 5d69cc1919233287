import { fold } from './analysis';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * One character folded, remembered: a body is folded character by character for every hit, and
 * a page of results repeats the same few thousand characters (NFKC and the converter per
 * character took a millisecond per page of short texts, more for long case bodies).
 */
const foldedChars = new Map<string, string>();
function foldChar(c: string): string {
  let f = foldedChars.get(c);
  if (f === undefined) {
    f = fold(c);
    // Characters are finite; the bound only guards against a flood of unusual ones.
    if (foldedChars.size < 50_000) foldedChars.set(c, f);
  }
  return f;
}

/** Where the words asked for occur in `text`, as [start, end) ranges of its code points. */
function matches(chars: string[], needles: string[]): [number, number][] {
  // Fold character by character, so that a position in the folded text is one in the original.
  const folded = chars.map(foldChar);
  const ranges: [number, number][] = [];
  for (const needle of needles.filter(Boolean)) {
    const wanted = [...needle];
    for (let i = 0; i + wanted.length <= folded.length; i++) {
      let j = 0;
      while (j < wanted.length && folded[i + j] === wanted[j]) j++;
      if (j === wanted.length) ranges.push([i, i + j]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

function mark(chars: string[], ranges: [number, number][], from: number, to: number): string {
  let html = '';
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    html += escape(chars.slice(at, s).join('')) + '<mark>' + escape(chars.slice(s, e).join('')) + '</mark>';
    at = e;
  }
  return html + escape(chars.slice(at, to).join(''));
}

/** The whole text, escaped, with the words asked for in `<mark>`. */
export function highlight(text: string, needles: string[]): string {
  const chars = [...text];
  return mark(chars, matches(chars, needles), 0, chars.length);
}

/**
 * A window of about `width` characters around the first match of the first text that has one
 * (summary, then body), escaped and marked; the start of the first non-empty text when none matches.
 */
export function snippet(texts: (string | null | undefined)[], needles: string[], width = 90): string {
  const present = texts.filter((t): t is string => !!t && !!t.trim());
  for (const text of present) {
    const chars = [...text.replace(/\s+/g, ' ')];
    const ranges = matches(chars, needles);
    if (!ranges.length) continue;
    const from = Math.max(0, ranges[0][0] - Math.floor(width / 3));
    const to = Math.min(chars.length, from + width);
    return (from > 0 ? '…' : '') + mark(chars, ranges, from, to) + (to < chars.length ? '…' : '');
  }
  if (!present.length) return '';
  const chars = [...present[0].replace(/\s+/g, ' ')];
  return escape(chars.slice(0, width).join('')) + (chars.length > width ? '…' : '');
}
