import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LanguageService } from '../core/i18n/i18n';

/**
 * A page of the product: its heading, an optional lead line, then the content. The browser tab
 * names the page too ("Directory · Zhuhai CQO Alliance", WCAG 2.4.2), in the reader's language.
 */
@Component({
  selector: 'cqo-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
  template: `
    <section class="page">
      <h1 class="page-title">{{ heading() | transloco }}</h1>
      @if (lead()) {
        <p class="muted">{{ lead()! | transloco }}</p>
      }
      <ng-content />
    </section>
  `,
})
export class PageComponent {
  /**
   * Translation keys. Not named `title`: a static `title="…"` would also stay on the element as its
   * tooltip, showing the key.
   */
  readonly heading = input.required<string>();
  readonly lead = input<string>();

  constructor() {
    const tab = inject(Title);
    const transloco = inject(TranslocoService);
    const lang = inject(LanguageService).lang;
    effect(() => {
      lang();
      tab.setTitle(`${transloco.translate(this.heading())} · ${transloco.translate('app.name')}`);
    });
    inject(DestroyRef).onDestroy(() => tab.setTitle(transloco.translate('app.name')));
  }
}
