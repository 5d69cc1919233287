import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SearchStatus } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from './admin.api';

/** What the search index holds per kind, and what still waits to be indexed (its lag). */
@Component({
  selector: 'cqo-search-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, TranslocoPipe, NzButtonModule, NzCardModule],
  template: `
    <nz-card [nzTitle]="'admin.searchTitle' | transloco" [nzExtra]="refresh" class="status">
      @if (status(); as s) {
        <p data-testid="search-status">
          @for (k of kinds(s); track k) {
            <span class="kind">{{ 'searchPage.kinds.' + k | transloco }} {{ s.documents[k] }}</span>
          } @empty {
            <span class="muted">{{ 'admin.searchEmpty' | transloco }}</span>
          }
        </p>
        <p [class.lagging]="s.waiting > 0">
          @if (s.waiting) {
            {{ 'admin.searchWaiting' | transloco: { count: s.waiting } }}
            {{ s.oldestWaitingSince | date: 'yyyy-MM-dd HH:mm:ss' }}
          } @else {
            {{ 'admin.searchUpToDate' | transloco }}
          }
        </p>
      }
    </nz-card>
    <ng-template #refresh>
      <button nz-button nzSize="small" (click)="load()">{{ 'admin.searchRefresh' | transloco }}</button>
    </ng-template>
  `,
  styles: `
    .status {
      margin-bottom: 16px;
    }
    .kind {
      margin-right: 16px;
      white-space: nowrap;
    }
    .muted {
      color: #5c6370;
    }
    .lagging {
      color: #ad4e00;
    }
  `,
})
export class SearchStatusComponent {
  private readonly api = inject(AdminApi);
  protected readonly status = signal<SearchStatus | null>(null);

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    this.status.set(await firstValueFrom(this.api.searchStatus()).catch(() => null));
  }

  protected kinds(s: SearchStatus): string[] {
    return Object.keys(s.documents).filter((k) => s.documents[k] > 0);
  }
}
