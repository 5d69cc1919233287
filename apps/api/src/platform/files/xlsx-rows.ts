import { Worker } from 'node:worker_threads';

export interface SheetRow {
  /** The row's number in the sheet (1-based). */
  n: number;
  /** Its cells from column A, as ExcelJS gives them (text, numbers, dates, rich text, formulas). */
  cells: unknown[];
}

export interface SheetRows {
  rows: SheetRow[];
  /** True when the sheet had more rows than asked for: the rest was never read. */
  truncated: boolean;
}

/**
 * Reads the first sheet of an XLSX workbook in a worker thread: ExcelJS's streaming reader, stopped
 * as soon as `maxRows` rows are in, so a 100,000-row file neither stalls the API's event loop nor
 * holds the whole workbook in memory. The worker's heap is capped, so even a hostile file (a zip
 * bomb of shared strings) ends the worker, not the API.
 * Plain JavaScript run with `eval`, so it needs no build step of its own; ExcelJS is resolved here
 * and handed over by path, whatever the worker's working directory.
 */
export function readSheetRows(data: Buffer, maxRows: number): Promise<SheetRows> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { exceljs: require.resolve('exceljs'), data, maxRows },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    let settled = false;
    const finish = (act: () => void) => {
      if (settled) return;
      settled = true;
      act();
      void worker.terminate();
    };
    worker.once('message', (message: SheetRows | { error: string }) =>
      finish(() => ('error' in message ? reject(new XlsxUnreadableError(message.error)) : resolve(message))),
    );
    worker.once('error', (error) => finish(() => reject(new XlsxUnreadableError(error.message))));
    worker.once('exit', (code) => finish(() => reject(new XlsxUnreadableError(`reader stopped (${code})`))));
  });
}

export class XlsxUnreadableError extends Error {
  override name = 'XlsxUnreadableError';
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Readable } = require('node:stream');
const ExcelJS = require(workerData.exceljs);
(async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(workerData.data)]), {
    worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore',
  });
  const rows = [];
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if (rows.length === workerData.maxRows) return parentPort.postMessage({ rows, truncated: true });
      rows.push({ n: row.number, cells: Array.isArray(row.values) ? row.values.slice(1) : [] });
    }
    break;
  }
  parentPort.postMessage({ rows, truncated: false });
})().catch((error) => parentPort.postMessage({ error: String((error && error.message) || error) }));
`;
