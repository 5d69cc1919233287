import { featureWords } from './core/i18n/feature-words';
import type { Routes } from '@angular/router';
import { Permission } from '@cqo/contracts';
import { permissionGuard, signedOutGuard } from './core/auth/auth.guards';
import { ShellComponent } from './core/layout/shell.component';

export const routes: Routes = [
  {
    path: '',
    component: ShellComponent,
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./features/home/home.page').then((m) => m.HomePage),
      },
      {
        path: 'login',
        canActivate: [signedOutGuard],
        loadComponent: () => import('./features/auth/pages/login.page').then((m) => m.LoginPage),
      },
      {
        path: 'register',
        canActivate: [signedOutGuard],
        loadComponent: () => import('./features/auth/pages/register.page').then((m) => m.RegisterPage),
      },
      {
        path: 'forgot-password',
        loadComponent: () =>
          import('./features/auth/pages/forgot-password.page').then((m) => m.ForgotPasswordPage),
      },
      {
        path: 'reset-password',
        loadComponent: () =>
          import('./features/auth/pages/reset-password.page').then((m) => m.ResetPasswordPage),
      },
      {
        path: 'account',
        canActivate: [permissionGuard(Permission.AccountSelf)],
        loadComponent: () => import('./features/account/account.page').then((m) => m.AccountPage),
      },
      {
        path: 'admin',
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'users' },
          {
            path: 'users',
            canActivate: [permissionGuard(Permission.UsersManage)],
            loadComponent: () => import('./features/admin/users.page').then((m) => m.UsersPage),
          },
          {
            path: 'outbox',
            canActivate: [permissionGuard(Permission.OutboxRead)],
            loadComponent: () => import('./features/admin/outbox.page').then((m) => m.OutboxPage),
          },
          {
            path: 'audit',
            canActivate: [permissionGuard(Permission.AuditRead)],
            loadComponent: () => import('./features/admin/audit.page').then((m) => m.AuditPage),
          },
        ],
      },
      {
        path: 'search',
        loadComponent: () => import('./features/search/search.page').then((m) => m.SearchPage),
      },
      {
        path: 'talent-pool',
        loadComponent: () => import('./features/talent-pool/talent-pool.page').then((m) => m.TalentPoolPage),
      },
      {
        path: 'size-calculator',
        loadComponent: () =>
          import('./features/size-calculator/size-calculator.page').then((m) => m.SizeCalculatorPage),
      },
      {
        path: 'announcements',
        loadComponent: () =>
          import('./features/announcements/announcements.page').then((m) => m.AnnouncementsPage),
      },
      {
        path: 'announcements/:id',
        loadComponent: () =>
          import('./features/announcements/announcement-detail.page').then((m) => m.AnnouncementDetailPage),
      },
      {
        path: 'opportunities',
        loadComponent: () =>
          import('./features/opportunities/opportunities.page').then((m) => m.OpportunitiesPage),
      },
      {
        path: 'opportunities/:id',
        loadComponent: () =>
          import('./features/opportunities/opportunity-detail.page').then((m) => m.OpportunityDetailPage),
      },
      {
        path: 'filing',
        canActivate: [permissionGuard(Permission.AccountSelf)],
        loadComponent: () => import('./features/filing/filing.page').then((m) => m.FilingPage),
      },
      {
        path: 'directory',
        canActivate: [permissionGuard(Permission.MemberArea)],
        loadComponent: () => import('./features/directory/directory.page').then((m) => m.DirectoryPage),
      },
      {
        path: 'directory/:id',
        canActivate: [permissionGuard(Permission.MemberArea)],
        loadComponent: () => import('./features/directory/member.page').then((m) => m.MemberPage),
      },
      {
        path: 'channels',
        canMatch: [
          featureWords('channels', {
            'zh-CN': () => import('./features/channels').then((m) => m.channelsZhCN),
            en: () => import('./features/channels/en').then((m) => m.channelsEn),
          }),
        ],
        canActivate: [permissionGuard(Permission.MemberArea)],
        children: [
          {
            path: 'moderation',
            canActivate: [permissionGuard(Permission.ContentModerate)],
            loadComponent: () => import('./features/channels/reports.page').then((m) => m.ReportsPage),
          },
          {
            path: 'messages/:id',
            loadComponent: () =>
              import('./features/channels/message-link.page').then((m) => m.MessageLinkPage),
          },
          {
            path: '',
            pathMatch: 'full',
            loadComponent: () => import('./features/channels/channels.page').then((m) => m.ChannelsPage),
          },
          {
            path: ':id',
            loadComponent: () => import('./features/channels/channels.page').then((m) => m.ChannelsPage),
          },
        ],
      },
      {
        path: 'consultations',
        canMatch: [
          featureWords('consultations', {
            'zh-CN': () => import('./features/consultations').then((m) => m.consultationsZhCN),
            en: () => import('./features/consultations/en').then((m) => m.consultationsEn),
          }),
        ],
        children: [
          {
            path: '',
            pathMatch: 'full',
            loadComponent: () =>
              import('./features/consultations/consultations.page').then((m) => m.ConsultationsPage),
          },
          {
            path: 'new',
            canActivate: [permissionGuard(Permission.ContentPublish)],
            loadComponent: () =>
              import('./features/consultations/consultation-editor.page').then(
                (m) => m.ConsultationEditorPage,
              ),
          },
          {
            path: ':id/edit',
            canActivate: [permissionGuard(Permission.ContentPublish)],
            loadComponent: () =>
              import('./features/consultations/consultation-editor.page').then(
                (m) => m.ConsultationEditorPage,
              ),
          },
          {
            path: ':id',
            loadComponent: () =>
              import('./features/consultations/consultation.page').then((m) => m.ConsultationPage),
          },
        ],
      },
      {
        path: 'cases',
        children: [
          {
            path: '',
            pathMatch: 'full',
            loadComponent: () => import('./features/cases/cases.page').then((m) => m.CasesPage),
          },
          {
            path: 'new',
            canActivate: [permissionGuard(Permission.MemberArea)],
            loadComponent: () => import('./features/cases/case-editor.page').then((m) => m.CaseEditorPage),
          },
          {
            path: ':id/edit',
            canActivate: [permissionGuard(Permission.MemberArea)],
            loadComponent: () => import('./features/cases/case-editor.page').then((m) => m.CaseEditorPage),
          },
          {
            path: ':id',
            loadComponent: () => import('./features/cases/case-detail.page').then((m) => m.CaseDetailPage),
          },
        ],
      },
      {
        path: 'notifications',
        canActivate: [permissionGuard(Permission.AccountSelf)],
        loadComponent: () =>
          import('./features/notifications/notifications.page').then((m) => m.NotificationsPage),
      },
      {
        path: 'review',
        canActivate: [permissionGuard(Permission.FilingsReview)],
        children: [
          {
            path: '',
            pathMatch: 'full',
            loadComponent: () => import('./features/review/review-queue.page').then((m) => m.ReviewQueuePage),
          },
          {
            path: ':id',
            loadComponent: () =>
              import('./features/review/review-detail.page').then((m) => m.ReviewDetailPage),
          },
        ],
      },
      {
        path: 'dashboard',
        canActivate: [permissionGuard(Permission.StatisticsRead)],
        canMatch: [
          featureWords('dashboard', {
            'zh-CN': () => import('./features/dashboard').then((m) => m.dashboardZhCN),
            en: () => import('./features/dashboard/en').then((m) => m.dashboardEn),
          }),
        ],
        loadComponent: () => import('./features/dashboard/dashboard.page').then((m) => m.DashboardPage),
      },
      {
        path: 'forbidden',
        loadComponent: () => import('./shared/status.pages').then((m) => m.ForbiddenPage),
      },
      { path: '**', loadComponent: () => import('./shared/status.pages').then((m) => m.NotFoundPage) },
    ],
  },
];
