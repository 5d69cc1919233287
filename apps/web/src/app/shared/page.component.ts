import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** A page of the product: its heading, an optional lead line, then the content. */
@Component({
  selector: 'cqo-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
  template: `
    <section class="page">
      <h1 class="page-title">{{ title() | transloco }}</h1>
      @if (lead()) {
        <p class="muted">{{ lead()! | transloco }}</p>
      }
      <ng-content />
    </section>
  `,
})
export class PageComponent {
  /** Translation keys. */
  readonly title = input.required<string>();
  readonly lead = input<string>();
}
