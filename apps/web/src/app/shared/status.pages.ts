import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';

@Component({
  selector: 'cqo-forbidden',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe, NzResultModule, NzButtonModule],
  template: `<nz-result nzStatus="403" nzTitle="403" [nzSubTitle]="'errors.FORBIDDEN' | transloco">
    <div nz-result-extra>
      <a nz-button nzType="primary" routerLink="/">{{ 'common.back' | transloco }}</a>
    </div>
  </nz-result>`,
})
export class ForbiddenPage {}

@Component({
  selector: 'cqo-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe, NzResultModule, NzButtonModule],
  template: `<nz-result nzStatus="404" nzTitle="404" [nzSubTitle]="'errors.NOT_FOUND' | transloco">
    <div nz-result-extra>
      <a nz-button nzType="primary" routerLink="/">{{ 'common.back' | transloco }}</a>
    </div>
  </nz-result>`,
})
export class NotFoundPage {}
