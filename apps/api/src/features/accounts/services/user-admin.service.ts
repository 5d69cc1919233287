import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, type Role } from '@cqo/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import { RealtimeService } from '../../../platform/realtime/realtime.service';
import { ApiException } from '../../../platform/errors/api.exception';
import type { RequestUser } from '../../../platform/auth/request-user';
import { User } from '../entities/user.entity';
import { EventBus } from '../../../platform/events/event-bus.service';
import '../account-events';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

/** Admin changes to accounts: roles and disabling. Every change is audited. */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly realtime: RealtimeService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  async update(
    actor: RequestUser,
    userId: string,
    change: { roles?: Role[]; disabled?: boolean; reason?: string },
    ip: string | null,
  ): Promise<User> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(User);
      const user = await repo
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('u.id = :userId', { userId })
        .getOne();
      if (!user) throw new ApiException(ErrorCode.USER_NOT_FOUND, 'No such user.');

      // Disabled or enabled, or roles changed: features that show active members look again.
      const standingChanged = change.disabled !== undefined && change.disabled !== !!user.disabledAt;
      if (change.disabled === true && user.id === actor.id) {
        throw new ApiException(ErrorCode.CANNOT_DISABLE_SELF, 'You cannot disable your own account.');
      }
      const losesAdmin =
        user.roles.includes('admin') &&
        !user.disabledAt &&
        ((change.roles && !change.roles.includes('admin')) || change.disabled === true);
      if (losesAdmin) {
        const admins = await this.users.countAdmins(manager);
        if (admins <= 1)
          throw new ApiException(ErrorCode.LAST_ADMIN, 'The last active admin must stay an admin.');
      }

      if (change.roles) {
        const before = user.roles;
        user.roles = [...change.roles].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
        await this.audit.record(
          {
            actorId: actor.id,
            action: 'user.roles.change',
            subjectType: 'user',
            subjectId: user.id,
            reason: change.reason,
            meta: { before, after: user.roles },
            ip,
          },
          manager,
        );
      }
      if (change.disabled !== undefined && change.disabled !== !!user.disabledAt) {
        user.disabledAt = change.disabled ? new Date() : null;
        if (change.disabled) {
          // Access tokens carry the version: bumping it ends every session at once.
          user.tokenVersion += 1;
          await this.sessions.endAll(user.id, manager);
        }
        await this.audit.record(
          {
            actorId: actor.id,
            action: change.disabled ? 'user.disable' : 'user.enable',
            subjectType: 'user',
            subjectId: user.id,
            reason: change.reason,
            ip,
          },
          manager,
        );
      }
      const saved = await repo.save(user);
      if (change.roles || standingChanged)
        await this.events.publish('accounts.standing-changed', { userId: saved.id }, manager);
      return saved;
    });
    this.events.deliverSoon();
    // Open sockets of a disabled user are closed too, not only their HTTP sessions.
    if (change.disabled === true) this.realtime.endSessions(saved.id, 'disabled');
    return saved;
  }
}

const ROLE_ORDER: Role[] = ['applicant', 'member', 'staff', 'admin'];
