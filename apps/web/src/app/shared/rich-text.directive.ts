import { HttpClient } from '@angular/common/http';
import { DestroyRef, Directive, ElementRef, SecurityContext, effect, inject, input } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';

/**
 * Server-rendered HTML (already sanitised there; Angular sanitises again) whose images under
 * `/api/` are fetched with the reader's token: an `<img src>` request would carry none, and a
 * member-only image must not be public. Each image shows once its bytes arrive.
 */
@Directive({ selector: '[cqoRichText]' })
export class RichTextDirective {
  readonly html = input<string | null>(null, { alias: 'cqoRichText' });
  private readonly el = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly http = inject(HttpClient);
  private readonly sanitizer = inject(DomSanitizer);
  private urls: string[] = [];

  constructor() {
    effect(() => this.render(this.html() ?? ''));
    inject(DestroyRef).onDestroy(() => this.release());
  }

  private render(html: string): void {
    this.release();
    const root = this.el.nativeElement;
    root.innerHTML = this.sanitizer.sanitize(SecurityContext.HTML, html) ?? '';
    for (const img of Array.from(root.querySelectorAll('img'))) {
      const src = img.getAttribute('src') ?? '';
      if (!src.startsWith('/api/')) continue;
      img.removeAttribute('src');
      img.setAttribute('data-src', src);
      this.http.get(src, { responseType: 'blob' }).subscribe({
        next: (blob) => {
          const url = URL.createObjectURL(blob);
          this.urls.push(url);
          img.src = url;
        },
        error: () => img.setAttribute('data-missing', 'true'),
      });
    }
  }

  private release(): void {
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls = [];
  }
}
