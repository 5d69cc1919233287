import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  can,
  type AuthUser,
  type LoginResponse,
  type Permission,
  type RegisterRequest,
} from '@cqo/contracts';
import { defer, finalize, firstValueFrom, shareReplay, tap, type Observable } from 'rxjs';

/**
 * The session in the browser. The access token lives only in memory; the refresh token is an
 * httpOnly cookie the script never sees. The token is renewed silently a minute before expiry,
 * and on start-up the cookie restores the session. Because the script cannot see that cookie, a
 * non-secret hint in localStorage says whether a session may exist: without it, start-up does not
 * ask (a visitor's every page load would otherwise end in a 401).
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private refreshing?: Observable<LoginResponse>;

  readonly user = signal<AuthUser | null>(null);
  readonly accessToken = signal<string | null>(null);
  readonly signedIn = computed(() => this.user() !== null);
  readonly roles = computed(() => this.user()?.roles ?? []);

  can(permission: Permission): boolean {
    return can(this.roles(), permission);
  }

  /** Called once at start-up: quietly resume a session from the refresh cookie, if there may be one. */
  async restore(): Promise<void> {
    if (!sessionHint.present()) return;
    try {
      await firstValueFrom(this.refresh());
    } catch {
      this.clear();
    }
  }

  async login(email: string, password: string): Promise<AuthUser> {
    const res = await firstValueFrom(this.http.post<LoginResponse>('/api/auth/login', { email, password }));
    this.accept(res);
    return res.user;
  }

  async register(request: RegisterRequest): Promise<void> {
    await firstValueFrom(this.http.post('/api/auth/register', request));
  }

  /**
   * One refresh at a time, shared by every request that needs it, and across the tabs of this
   * browser (a Web Lock): tabs share the cookie, so a tab that waited sends the cookie the other
   * just got instead of the one it replaced. The server's grace window covers browsers without locks.
   */
  refresh(): Observable<LoginResponse> {
    this.refreshing ??= defer(() =>
      acrossTabs(() => firstValueFrom(this.http.post<LoginResponse>('/api/auth/refresh', {}))),
    ).pipe(
      tap((res) => this.accept(res)),
      finalize(() => (this.refreshing = undefined)),
      shareReplay(1),
    );
    return this.refreshing;
  }

  /**
   * Forgets the session here first (the socket closes with it, so the server's "session ended"
   * for this very session is not taken for someone else's doing), then ends it on the server.
   */
  async logout(): Promise<void> {
    this.clear();
    try {
      await firstValueFrom(this.http.post('/api/auth/logout', {}));
    } finally {
      await this.router.navigateByUrl('/');
    }
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const res = await firstValueFrom(
      this.http.post<LoginResponse>('/api/auth/password', { currentPassword, newPassword }),
    );
    this.accept(res);
  }

  /** The server ended the session (expired, disabled): forget it and ask to sign in. */
  sessionEnded(returnUrl?: string): void {
    this.clear();
    void this.router.navigate(['/login'], { queryParams: { ended: 1, returnUrl } });
  }

  accept(res: LoginResponse): void {
    sessionHint.set();
    this.accessToken.set(res.accessToken);
    this.user.set(res.user);
    clearTimeout(this.refreshTimer);
    const inMs = Math.max(10, res.expiresIn - 60) * 1000;
    this.refreshTimer = setTimeout(
      () => this.refresh().subscribe({ error: () => this.sessionEnded() }),
      inMs,
    );
  }

  clear(): void {
    sessionHint.remove();
    clearTimeout(this.refreshTimer);
    this.accessToken.set(null);
    this.user.set(null);
  }
}

/** "This browser may hold a session": set on every sign-in and refresh, removed when it ends. */
const SESSION_HINT = 'cqo.session';
const sessionHint = {
  present: () => {
    const store = storage();
    return !store || store.getItem(SESSION_HINT) === '1';
  },
  set: () => storage()?.setItem(SESSION_HINT, '1'),
  remove: () => storage()?.removeItem(SESSION_HINT),
};

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage turned off: every start-up asks, as before
  }
}

/** Runs `work` while holding the browser-wide refresh lock, where the browser has Web Locks. */
function acrossTabs<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request('cqo-auth-refresh', work) as Promise<T>) : work();
}
