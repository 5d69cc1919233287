import type ExcelJSModule from 'exceljs';

/**
 * ExcelJS, loaded with the first workbook a request asks for: the server holds its 25 MB only
 * once someone exports or imports a sheet, not from start-up.
 */
export async function excel(): Promise<typeof ExcelJSModule> {
  const loaded = (await import('exceljs')) as typeof ExcelJSModule & { default?: typeof ExcelJSModule };
  return loaded.default ?? loaded;
}
