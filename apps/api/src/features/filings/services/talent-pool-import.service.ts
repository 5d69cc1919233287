import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource, In, type Repository } from 'typeorm';
import { ErrorCode, MAX_IMPORT_ROWS, type ImportReport } from '@cqo/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestUser } from '../../../platform/auth/request-user';
import { FieldCipher } from '../../../platform/crypto/field-cipher.service';
import { ApiException } from '../../../platform/errors/api.exception';
import { isZip } from '../../../platform/files/content-sniffer';
import { FilesService } from '../../../platform/files/files.service';
import { readSheetRows, type SheetRows } from '../../../platform/files/xlsx-rows';
import { FilingEvent } from '../entities/filing-event.entity';
import { Filing } from '../entities/filing.entity';
import { applyBody } from '../filing-mapper';
import {
  cellText,
  findHeaderRow,
  HEADER_ROWS_MAX,
  headerErrors,
  readRow,
  type ImportedRow,
} from '../talent-pool-import';

const unreadable = () =>
  new ApiException(ErrorCode.IMPORT_UNREADABLE, 'The file is not an XLSX workbook that can be read.');

const tooManyRows = () =>
  new ApiException(
    ErrorCode.IMPORT_TOO_MANY_ROWS,
    `At most ${MAX_IMPORT_ROWS} rows per file; split the table.`,
  );

/**
 * Brings CQOs filed on paper into the talent pool from the 17-column 人才库信息表. Every row is
 * checked with the filing rules; one refused row refuses the whole file, so a table is never
 * half in. A dry run checks without saving.
 */
@Injectable()
export class TalentPoolImportService {
  constructor(
    private readonly files: FilesService,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async import(staff: RequestUser, request: FastifyRequest, dryRun: boolean): Promise<ImportReport> {
    const upload = await this.files.readUpload(request, isZip, 'an XLSX workbook');
    const rows = await this.readRows(upload.data);
    return this.dataSource.transaction(async (manager) => {
      await this.refuseDuplicates(rows, manager.getRepository(Filing));
      const report: ImportReport = {
        fileName: upload.name,
        total: rows.length,
        accepted: rows.filter((r) => !r.errors.length).length,
        refused: rows.filter((r) => r.errors.length).length,
        imported: false,
        rows: rows.map((r) => ({
          row: r.row,
          enterpriseName: r.enterprise.name ?? null,
          cqoName: r.cqo.name ?? null,
          accepted: !r.errors.length,
          errors: r.errors,
        })),
      };
      if (report.refused) {
        throw new ApiException(
          ErrorCode.IMPORT_REJECTED,
          `${report.refused} of ${report.total} rows have problems; nothing was imported.`,
          rows
            .flatMap((r) => r.errors.map((e) => ({ field: `row ${r.row}: ${e.column}`, code: e.code })))
            .slice(0, 500),
          undefined,
          { report },
        );
      }
      if (dryRun) return report;

      const decidedAt = new Date();
      const filings = rows.map((r) => {
        const filing = manager.getRepository(Filing).create({
          ownerId: null,
          source: 'import',
          status: 'approved',
          isCurrent: true,
          enterprise: {},
          cqo: {},
          enterpriseSize: r.enterpriseSize,
          eligibilityOutcome: r.eligibility?.outcome ?? null,
          decidedAt,
        });
        applyBody(filing, { enterprise: r.enterprise, cqo: r.cqo } as never, this.cipher);
        return filing;
      });
      const saved = await manager.getRepository(Filing).save(filings, { chunk: 200 });
      await manager.getRepository(FilingEvent).insert(
        saved.map((f) => ({
          filingId: f.id,
          actorId: staff.id,
          actorName: staff.displayName,
          action: 'import' as const,
          fromStatus: null,
          toStatus: 'approved' as const,
          comment: `由纸质人才库信息表导入 / imported from ${upload.name}`,
          fieldComments: null,
        })),
      );
      await this.audit.record(
        {
          actorId: staff.id,
          action: 'talent-pool.import',
          subjectType: 'talent-pool',
          meta: { fileName: upload.name, rows: saved.length },
          ip: request.ip ?? null,
        },
        manager,
      );
      return { ...report, imported: true };
    });
  }

  /**
   * The data rows of the first sheet, each read and checked on its own. Read off the event loop,
   * and no further than the row limit (plus the title and header rows above the table).
   */
  private async readRows(data: Buffer): Promise<ImportedRow[]> {
    let sheet: SheetRows;
    try {
      sheet = await readSheetRows(data, MAX_IMPORT_ROWS + HEADER_ROWS_MAX + 1);
    } catch {
      throw unreadable();
    }
    const raw = sheet.rows;
    if (sheet.truncated) throw tooManyRows();
    const headerAt = findHeaderRow(raw.map((r) => r.cells));
    const mismatches = headerAt < 0 ? [] : headerErrors(raw[headerAt].cells);
    if (headerAt < 0 || mismatches.length) {
      throw new ApiException(
        ErrorCode.IMPORT_BAD_HEADER,
        'The first sheet must have the 17 columns of 企业首席质量官人才库信息表, 序号 to 发证机构, in order.',
        headerAt < 0
          ? [{ field: '序号', code: 'HEADER_NOT_FOUND' }]
          : mismatches.map((m) => ({ field: m.column, code: 'HEADER_MISMATCH', message: m.found })),
      );
    }
    const dataRows = raw.slice(headerAt + 1).filter((r) => r.cells.slice(1).some((c) => cellText(c)));
    if (!dataRows.length) throw new ApiException(ErrorCode.IMPORT_EMPTY, 'The table has no rows.');
    if (dataRows.length > MAX_IMPORT_ROWS) throw tooManyRows();
    const today = new Date();
    return dataRows.map((r) => readRow(r.cells, r.n, today));
  }

  /**
   * One enterprise, one current CQO; one person, one enterprise: a row may not repeat an
   * earlier row, nor someone or some enterprise already in the pool.
   */
  private async refuseDuplicates(rows: ImportedRow[], repo: Repository<Filing>): Promise<void> {
    const seenIds = new Set<string>();
    const seenNames = new Set<string>();
    for (const r of rows) {
      if (r.idNumber) {
        if (seenIds.has(r.idNumber)) r.errors.push({ column: '身份证号', code: 'IMPORT_DUPLICATE_ROW' });
        seenIds.add(r.idNumber);
      }
      const name = r.enterprise.name;
      if (name) {
        if (seenNames.has(name)) r.errors.push({ column: '企业名称', code: 'IMPORT_DUPLICATE_ROW' });
        seenNames.add(name);
      }
    }
    const hashes = new Map([...seenIds].map((id) => [this.cipher.hash(id), id]));
    const where = [
      ...(hashes.size ? [{ isCurrent: true, idNumberHash: In([...hashes.keys()]) }] : []),
      ...(seenNames.size ? [{ isCurrent: true, enterpriseName: In([...seenNames]) }] : []),
    ];
    const current = where.length
      ? await repo.find({ select: { idNumberHash: true, enterpriseName: true }, where })
      : [];
    const takenIds = new Set(
      current.map((f) => f.idNumberHash && hashes.get(f.idNumberHash)).filter(Boolean),
    );
    const takenNames = new Set(current.map((f) => f.enterpriseName));
    for (const r of rows) {
      if (r.idNumber && takenIds.has(r.idNumber))
        r.errors.push({ column: '身份证号', code: ErrorCode.FILING_ID_NUMBER_TAKEN });
      if (r.enterprise.name && takenNames.has(r.enterprise.name))
        r.errors.push({ column: '企业名称', code: 'ENTERPRISE_HAS_CQO' });
    }
  }
}
