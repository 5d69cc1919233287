import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CountCache } from '../../../platform/database/count-cache';
import { Filing } from '../entities/filing.entity';

/** Totals of the review queue and the talent pool, cleared by any write to a filing. */
@Injectable()
export class FilingCountCache extends CountCache<Filing> {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource, Filing);
  }
}
