import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PassThrough, type Readable } from 'node:stream';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import { containsPattern } from '../../../platform/database/search';
import { getIndustry, regionName } from '@cqo/rules';
import { TALENT_POOL_COLUMNS, type TalentPoolEntry } from '@cqo/contracts';
import { FieldCipher } from '../../../platform/crypto/field-cipher.service';
import { Filing } from '../entities/filing.entity';
import { unseal } from '../filing-mapper';
import { FilingCountCache } from './filing-count-cache.service';
import { EDUCATION_ZH, ID_NOTE_ZH, SEX_ZH, SIZE_ZH } from '../filing-labels';
import { inertCell } from '../../../platform/files/spreadsheet-cells';
import { excel } from '../../../platform/files/excel';

const BATCH = 500;

/** The talent pool: approved, current CQOs. Public view shows only name, enterprise and appointment date. */
@Injectable()
export class TalentPoolService {
  private readonly logger = new Logger(TalentPoolService.name);

  constructor(
    @InjectRepository(Filing) private readonly filings: Repository<Filing>,
    private readonly cipher: FieldCipher,
    private readonly counts: FilingCountCache,
  ) {}

  private pool(q?: string): SelectQueryBuilder<Filing> {
    const qb = this.filings.createQueryBuilder('f').where("f.status = 'approved'").andWhere('f.isCurrent');
    if (q) qb.andWhere('f.searchText LIKE :like', { like: containsPattern(q) });
    return qb;
  }

  /** 二、只公布姓名、单位、任职时间: exactly three fields leave this method. */
  async publicList(
    q: string | undefined,
    page: number,
    pageSize: number,
  ): Promise<{ items: TalentPoolEntry[]; total: number }> {
    const qb = this.pool(q)
      .select(['f.enterpriseName', 'f.cqoName', 'f.appointedOn'])
      .orderBy('f.appointedOn', 'DESC', 'NULLS LAST')
      .addOrderBy('f.enterpriseName');
    const [rows, total] = await Promise.all([
      qb
        .clone()
        .offset((page - 1) * pageSize)
        .limit(pageSize)
        .getMany(),
      this.counts.get(`pool ${q ?? ''}`, () => qb.getCount()),
    ]);
    return {
      items: rows.map((r) => ({
        enterpriseName: r.enterpriseName ?? '',
        cqoName: r.cqoName ?? '',
        appointedOn: r.appointedOn,
      })),
      total,
    };
  }

  /**
   * 企业首席质量官人才库信息表 as XLSX, streamed: rows are read in keyset-paged batches and written
   * as they come, so memory stays flat however large the pool is.
   */
  exportXlsx(q?: string): Readable {
    const out = new PassThrough();
    void (async () => {
      const workbook = new (await excel()).stream.xlsx.WorkbookWriter({
        stream: out,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet('人才库信息表');
      sheet.columns = TALENT_POOL_COLUMNS.map((header, i) => ({
        header,
        key: `c${i}`,
        width: [6, 32, 24, 8, 16, 12, 22, 6, 10, 10, 28, 32, 14, 26, 12, 16, 20][i],
      }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      let n = 0;
      let after = '';
      for (;;) {
        const batch = await this.pool(q)
          .andWhere('f.id > :after', { after: after || '00000000-0000-0000-0000-000000000000' })
          .orderBy('f.id')
          .take(BATCH)
          .getMany();
        for (const f of batch) sheet.addRow(this.row(++n, f).map(inertCell)).commit();
        if (batch.length < BATCH) break;
        after = batch[batch.length - 1].id;
      }
      sheet.commit();
      await workbook.commit();
    })().catch((error: unknown) => {
      this.logger.error({ err: error }, 'Talent-pool export failed');
      out.destroy(error as Error);
    });
    return out;
  }

  private row(n: number, f: Filing): (string | number | null)[] {
    const sealed = unseal(f, this.cipher);
    const industry = f.industryCode ? getIndustry(f.industryCode) : undefined;
    const idNote = f.cqo.idType && f.cqo.idType !== 'resident' ? `（${ID_NOTE_ZH[f.cqo.idType] ?? ''}）` : '';
    return [
      n,
      f.enterpriseName,
      industry ? `${industry.code} ${industry.name}` : f.industryCode,
      f.enterpriseSize ? SIZE_ZH[f.enterpriseSize] : '',
      regionName(f.regionCode),
      f.cqoName,
      (sealed.idNumber ?? '') + idNote,
      f.cqo.sex ? SEX_ZH[f.cqo.sex] : '',
      f.cqo.education ? EDUCATION_ZH[f.cqo.education] : '',
      f.cqo.qualityYears ?? null,
      f.cqo.otherPosts ?? '',
      f.cqo.address ?? '',
      sealed.mobile ?? '',
      f.cqo.email ?? '',
      f.appointedOn ?? '',
      f.cqo.trainingCertificateNo ?? '',
      f.cqo.certificateIssuer ?? '',
    ];
  }
}
