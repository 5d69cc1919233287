import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Permission } from '@cqo/contracts';
import { AuthService } from './auth.service';

/** Signed-in users only; others go to the sign-in page and come back afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  return (
    auth.signedIn() || inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } })
  );
};

/** Routes that need a permission from the shared map; the API enforces the same map. */
export const permissionGuard =
  (permission: Permission): CanActivateFn =>
  (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    if (!auth.signedIn()) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    return auth.can(permission) || router.createUrlTree(['/forbidden']);
  };

/** Sign-in and sign-up pages are pointless once signed in. */
export const signedOutGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return !auth.signedIn() || inject(Router).createUrlTree(['/']);
};
