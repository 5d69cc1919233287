import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';

/** Placeholder for parts of the product that are not built yet: says so plainly. */
@Component({
  selector: 'cqo-coming-soon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe, NzResultModule, NzButtonModule],
  template: `
    <nz-result
      nzStatus="info"
      [nzTitle]="'coming.title' | transloco"
      [nzSubTitle]="'coming.text' | transloco: { name: ('nav.' + navKey() | transloco) }"
      data-testid="coming-soon"
    >
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/">{{ 'common.back' | transloco }}</a>
      </div>
    </nz-result>
  `,
})
export class ComingSoonPage {
  /** Bound from the route's data. */
  readonly navKey = input.required<string>();
}
