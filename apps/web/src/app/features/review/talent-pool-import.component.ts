import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ImportReport } from '@cqo/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { errorText } from '../../shared/form-errors';
import { FilingApi } from '../filing';
import { Notice } from '../../shared/notice';

/**
 * Staff bring paper filings in: pick the 17-column XLSX, see every row checked (a dry run),
 * then import — possible only when no row is refused, since a file goes in whole or not at all.
 */
@Component({
  selector: 'cqo-talent-pool-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe, NzAlertModule, NzButtonModule, NzModalModule, NzTableModule, NzTagModule],
  template: `
    <input
      #picker
      type="file"
      hidden
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      (change)="check(picker)"
      data-testid="import-file"
    />
    <button nz-button [nzLoading]="busy()" (click)="picker.click()" data-testid="import-pool">
      {{ 'poolImport.button' | transloco }}
    </button>
    <nz-modal
      [nzVisible]="!!report()"
      [nzTitle]="'poolImport.title' | transloco"
      nzWidth="900px"
      (nzOnCancel)="close()"
    >
      <ng-container *nzModalContent>
        @if (report(); as r) {
          <nz-alert
            [nzType]="r.imported ? 'success' : r.refused ? 'error' : 'info'"
            nzShowIcon
            [nzMessage]="
              (r.imported ? 'poolImport.done' : r.refused ? 'poolImport.refused' : 'poolImport.ready')
                | transloco: r
            "
            data-testid="import-summary"
          />
          <nz-table #rows [nzData]="r.rows" nzSize="small" [nzPageSize]="50" class="report">
            <thead>
              <tr>
                <th nzWidth="70px">{{ 'poolImport.row' | transloco }}</th>
                <th>{{ 'pool.enterprise' | transloco }}</th>
                <th>{{ 'pool.cqo' | transloco }}</th>
                <th>{{ 'poolImport.result' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows.data; track row.row) {
                <tr>
                  <td>{{ row.row }}</td>
                  <td>{{ row.enterpriseName }}</td>
                  <td>{{ row.cqoName }}</td>
                  <td>
                    @if (row.accepted) {
                      <nz-tag nzColor="green">{{ 'poolImport.ok' | transloco }}</nz-tag>
                    } @else {
                      @for (e of row.errors; track e.column + e.code) {
                        <div class="error">
                          {{ e.column }}{{ 'common.colon' | transloco }}{{ reason(e.code) }}
                        </div>
                      }
                    }
                  </td>
                </tr>
              }
            </tbody>
          </nz-table>
        }
      </ng-container>
      <ng-container *nzModalFooter>
        <button nz-button (click)="close()">{{ 'common.close' | transloco }}</button>
        @if (report(); as r) {
          @if (!r.imported && !r.refused) {
            <button
              nz-button
              nzType="primary"
              [nzLoading]="busy()"
              (click)="commit()"
              data-testid="import-confirm"
            >
              {{ 'poolImport.confirm' | transloco: r }}
            </button>
          }
        }
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .report {
      margin-top: 12px;
    }
    .error {
      color: #cf1322;
      font-size: 12px;
    }
  `,
})
export class TalentPoolImportComponent {
  private readonly api = inject(FilingApi);
  private readonly notice = inject(Notice);
  private readonly transloco = inject(TranslocoService);
  readonly imported = output<void>();
  protected readonly busy = signal(false);
  protected readonly report = signal<ImportReport | null>(null);
  private file: File | null = null;

  async check(input: HTMLInputElement): Promise<void> {
    this.file = input.files?.[0] ?? null;
    input.value = '';
    if (this.file) await this.send(true);
  }

  async commit(): Promise<void> {
    if (await this.send(false)) this.imported.emit();
  }

  reason(code: string): string {
    return errorText(this.transloco, code);
  }

  close(): void {
    this.report.set(null);
    this.file = null;
  }

  private async send(dryRun: boolean): Promise<boolean> {
    if (!this.file) return false;
    this.busy.set(true);
    try {
      this.report.set(await firstValueFrom(this.api.importPool(this.file, dryRun)));
      return true;
    } catch (e) {
      // A refused file still comes with its report, row by row.
      const report =
        e instanceof HttpErrorResponse ? (e.error as { report?: ImportReport })?.report : undefined;
      if (report) this.report.set(report);
      else this.notice.failure(e);
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
