import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CaseSummary } from '@cqo/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { CasesApi } from '../cases';

/** The cases staff feature, on the home page (hidden while there are none). */
@Component({
  selector: 'cqo-featured-cases',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe, NzCardModule, NzTagModule],
  template: `
    @if (cases().length) {
      <nz-card
        class="featured"
        [nzTitle]="'cases.featured' | transloco"
        [nzExtra]="more"
        data-testid="home-featured-cases"
      >
        <ul>
          @for (c of cases(); track c.id) {
            <li>
              <a [routerLink]="['/cases', c.id]">{{ c.title }}</a>
              <p class="muted">{{ c.summary }}</p>
              <div>
                @for (m of c.methods; track m) {
                  <nz-tag nzColor="blue">{{ 'cases.methods.' + m | transloco }}</nz-tag>
                }
                <span class="muted">{{ c.enterpriseName }}</span>
              </div>
            </li>
          }
        </ul>
      </nz-card>
      <ng-template #more
        ><a routerLink="/cases">{{ 'cases.pageTitle' | transloco }} →</a></ng-template
      >
    }
  `,
  styles: `
    .featured {
      margin-bottom: 16px;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    li + li {
      border-top: 1px solid #f0f0f0;
      margin-top: 8px;
      padding-top: 8px;
    }
    .muted {
      color: #5c6370;
      margin: 2px 0 4px;
      overflow-wrap: anywhere;
    }
  `,
})
export class FeaturedCasesComponent {
  protected readonly cases = signal<CaseSummary[]>([]);

  constructor() {
    void firstValueFrom(inject(CasesApi).list({ featured: true, page: 1, pageSize: 3 })).then(
      (page) => this.cases.set(page.items),
      // The home page stands without them.
      () => undefined,
    );
  }
}
