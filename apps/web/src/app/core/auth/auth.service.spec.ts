import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService } from './auth.service';

describe('AuthService start-up', () => {
  let http: HttpTestingController;
  let auth: AuthService;
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
  });
  afterEach(() => http.verify());

  it("does not ask the server when this browser never signed in (no 401 on a visitor's page)", async () => {
    await auth.restore();
    http.expectNone('/api/auth/refresh');
    expect(auth.signedIn()).toBe(false);
  });

  it('resumes a session after a sign-in, and forgets the hint when the server refuses', async () => {
    const login = auth.login('a@b.cn', 'secret');
    http.expectOne('/api/auth/login').flush({
      accessToken: 't',
      expiresIn: 900,
      user: { id: '1', email: 'a@b.cn', displayName: 'A', roles: ['member'], createdAt: '' },
    });
    await login;
    // A new page load: the in-memory session is gone, the hint is not.
    const fresh = TestBed.runInInjectionContext(() => new AuthService());
    const restoring = fresh.restore();
    await Promise.resolve();
    http
      .expectOne('/api/auth/refresh')
      .flush({ code: 'REFRESH_INVALID' }, { status: 401, statusText: 'Unauthorized' });
    await restoring;
    expect(fresh.signedIn()).toBe(false);
    const again = TestBed.runInInjectionContext(() => new AuthService());
    await again.restore();
    http.expectNone('/api/auth/refresh');
    auth.clear();
  });
});
