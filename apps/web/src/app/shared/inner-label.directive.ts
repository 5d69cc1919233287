import { DestroyRef, Directive, ElementRef, afterNextRender, inject } from '@angular/core';

/**
 * NG-ZORRO's select, cascader and number inputs draw their own `<input>` inside the component,
 * so an `aria-label` on the component never reaches the field a screen reader lands on. This
 * copies the component's label onto its inputs, again whenever they are redrawn (a multiple
 * select redraws its search box as tags come and go).
 */
@Directive({
  selector: 'nz-select, nz-cascader, nz-input-number, nz-range-picker, nz-date-picker',
})
export class InnerLabelDirective {
  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    const apply = () => {
      const label = host.getAttribute('aria-label');
      if (!label) return;
      for (const input of Array.from(host.querySelectorAll('input')))
        if (input.getAttribute('aria-label') !== label) input.setAttribute('aria-label', label);
    };
    afterNextRender(() => {
      apply();
      const observer = new MutationObserver(apply);
      observer.observe(host, { childList: true, subtree: true, attributeFilter: ['aria-label'] });
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
