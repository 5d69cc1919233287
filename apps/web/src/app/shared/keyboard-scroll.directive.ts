import { DestroyRef, Directive, ElementRef, afterNextRender, inject } from '@angular/core';

/**
 * A wide table scrolls sideways on a phone; without focus a keyboard user cannot scroll it
 * (WCAG 2.1.1). This makes NG-ZORRO's scroll container focusable, and names it after the table.
 */
@Directive({ selector: 'nz-table[nzScroll]' })
export class KeyboardScrollDirective {
  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    const apply = () => {
      for (const region of Array.from(
        host.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body'),
      )) {
        if (region.tabIndex === 0) continue;
        region.tabIndex = 0;
        region.setAttribute('role', 'region');
        const label = host.getAttribute('aria-label');
        if (label) region.setAttribute('aria-label', label);
      }
    };
    afterNextRender(() => {
      apply();
      const observer = new MutationObserver(apply);
      observer.observe(host, { childList: true, subtree: true });
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
