import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { TRANSLATIONS } from '../app/translations';

/**
 * A TestBed for a page or component of the client: the real words (Chinese by default), a router,
 * HTTP answered by the test (`http.expectOne(url).flush(body)`).
 */
export function setUpWebTest(options: { lang?: 'zh-CN' | 'en'; providers?: Provider[] } = {}): {
  http: HttpTestingController;
} {
  const lang = options.lang ?? 'zh-CN';
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: TRANSLATIONS,
        translocoConfig: { availableLangs: ['zh-CN', 'en'], defaultLang: lang },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      ...(options.providers ?? []),
    ],
  });
  return { http: TestBed.inject(HttpTestingController) };
}

/** Lets pending promises and signal effects settle, then renders. */
export async function settle(fixture: {
  detectChanges(): void;
  whenStable(): Promise<unknown>;
}): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
}
