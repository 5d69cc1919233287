/** English names by code, once given (`loadRegionNamesEn` in the web client). */
let names: Readonly<Record<string, string>> = {};

export function useRegionNamesEn(table: Readonly<Record<string, string>>): void {
  names = table;
}

/** A division's English name, when the names are loaded. */
export function regionNameEn(code: string): string | undefined {
  return names[code];
}
