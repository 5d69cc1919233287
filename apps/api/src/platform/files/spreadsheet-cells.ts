/**
 * Text a spreadsheet would take for a formula (OWASP "CSV injection"): it begins with =, +, -, @,
 * a tab or a carriage return. Written as a plain text cell it is harmless in the XLSX itself, but
 * becomes live the moment someone saves the sheet as CSV or edits the cell.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value to write: such text gets a leading apostrophe, so it stays text everywhere. */
export function inertCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Reading back what `inertCell` wrote: the apostrophe before formula-like text goes again. */
export function fromInertCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
