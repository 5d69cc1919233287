/**
 * A list page's filters as they live in the URL's query parameters, so Back and a shared link
 * bring the same list back. Pure functions: the page frame (ListPage) and its tests use them.
 * Each filter is described once, with its kind and its value when nothing is chosen; a filter at
 * that value is left out of the URL, so an unfiltered list has a plain address.
 */
export type FilterSpec =
  | { kind: 'text'; initial: string }
  | { kind: 'choice'; initial: string | null }
  | { kind: 'list'; initial: readonly string[] }
  | { kind: 'number'; initial: number | null };

export type FilterSpecs = Record<string, FilterSpec>;

type ValueOf<S extends FilterSpec> = S extends { kind: 'text' }
  ? string
  : S extends { kind: 'choice' }
    ? string | null
    : S extends { kind: 'list' }
      ? string[]
      : number | null;

export type FiltersOf<S extends FilterSpecs> = { [K in keyof S]: ValueOf<S[K]> };

/** Builders for the specs: `{ q: filter.text(), status: filter.list(['submitted']) }`. */
export const filter = {
  text: (initial = ''): FilterSpec & { kind: 'text' } => ({ kind: 'text', initial }),
  choice: (initial: string | null = null): FilterSpec & { kind: 'choice' } => ({ kind: 'choice', initial }),
  list: (initial: readonly string[] = []): FilterSpec & { kind: 'list' } => ({ kind: 'list', initial }),
  number: (initial: number | null = null): FilterSpec & { kind: 'number' } => ({ kind: 'number', initial }),
};

/** What reading the URL needs: Angular's ParamMap has this shape. */
export interface QueryParamSource {
  get(name: string): string | null;
  getAll(name: string): string[];
}

export type QueryParams = Record<string, string | string[]>;

export function initialFilters<S extends FilterSpecs>(specs: S): FiltersOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs))
    out[key] = spec.kind === 'list' ? [...spec.initial] : spec.initial;
  return out as FiltersOf<S>;
}

/** Reads filters and page from the URL; a value that does not parse falls back to the initial one. */
export function readQuery<S extends FilterSpecs>(
  specs: S,
  params: QueryParamSource,
): { filters: FiltersOf<S>; page: number } {
  const filters = initialFilters(specs) as Record<string, unknown>;
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.kind === 'list') {
      const values = params.getAll(key).filter(Boolean);
      // "-" stands for "none chosen" where the initial choice is not empty (status=submitted).
      if (values.length) filters[key] = values[0] === '-' ? [] : values;
      continue;
    }
    const raw = params.get(key);
    if (raw === null) continue;
    if (spec.kind === 'number') {
      const n = Number(raw);
      if (raw.trim() !== '' && Number.isFinite(n)) filters[key] = n;
    } else filters[key] = raw;
  }
  const page = Number(params.get('page'));
  return { filters: filters as FiltersOf<S>, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

/** The query parameters for filters and page; what equals its initial value is left out. */
export function writeQuery<S extends FilterSpecs>(
  specs: S,
  filters: FiltersOf<S>,
  page: number,
): QueryParams {
  const out: QueryParams = {};
  for (const [key, spec] of Object.entries(specs)) {
    const value = (filters as Record<string, unknown>)[key];
    if (spec.kind === 'list') {
      const list = (value as string[] | undefined) ?? [];
      if (sameList(list, spec.initial)) continue;
      out[key] = list.length ? [...list] : ['-'];
    } else if (value !== spec.initial && value !== null && value !== undefined && value !== '') {
      out[key] = String(value);
    }
  }
  if (page > 1) out['page'] = String(page);
  return out;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
