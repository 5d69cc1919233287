import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, Repository } from 'typeorm';
import { can, ErrorCode, ROLES, type MessageLang, type Permission, type Role } from '@cqo/contracts';
import { ApiException } from '../../../platform/errors/api.exception';
import { UserDirectory } from '../../../platform/auth/user-directory';
import type { RequestUser } from '../../../platform/auth/request-user';
import { User } from '../entities/user.entity';
import { toRequestUser } from '../user.mapper';
import { ActiveUserCache } from './active-user-cache.service';
import { EventBus } from '../../../platform/events/event-bus.service';
import '../account-events';

/** Where and how to write to a user. */
export interface UserContact {
  email: string;
  displayName: string;
  language: MessageLang;
}

/**
 * SQL over `users <alias>`: the account is a member and not disabled. The one place other features'
 * queries learn who is an active member (the directory joins it for its search index).
 */

export function activeMemberSql(alias: string): string {
  return `${alias}.disabled_at IS NULL AND 'member' = ANY(${alias}.roles)`;
}

/** Reading and writing user rows. Other features use this service, never the repository. */
@Injectable()
export class UsersService extends UserDirectory {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly cache: ActiveUserCache,
    private readonly events: EventBus,
  ) {
    super();
  }

  async findActive(id: string, tokenVersion: number): Promise<RequestUser | null> {
    const user = await this.cache.get(id, () => this.users.findOne({ where: { id } }));
    if (!user || user.disabledAt || user.tokenVersion !== tokenVersion) return null;
    return toRequestUser(user);
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id } });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOne({ where: { email: email.trim().toLowerCase() } });
  }

  async getById(id: string): Promise<User> {
    const user = await this.findById(id);
    if (!user) throw new ApiException(ErrorCode.USER_NOT_FOUND, 'No such user.');
    return user;
  }

  async create(input: {
    email: string;
    displayName: string;
    passwordHash: string;
    roles?: Role[];
    language?: MessageLang;
  }): Promise<User> {
    const result = await this.users
      .createQueryBuilder()
      .insert()
      .values({ ...input, email: input.email.toLowerCase(), roles: input.roles ?? ['applicant'] })
      .orIgnore()
      .returning('*')
      .execute();
    const row = (result.raw as { id: string }[])[0];
    if (!row) {
      throw new ApiException(ErrorCode.EMAIL_TAKEN, 'An account with this e-mail already exists.', [
        { field: 'email', code: ErrorCode.EMAIL_TAKEN },
      ]);
    }
    return this.getById(row.id);
  }

  /** Active admins; pass the transaction's manager to count inside it. */
  async countAdmins(manager: EntityManager = this.users.manager): Promise<number> {
    return manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where(':role = ANY(u.roles)', { role: 'admin' })
      .andWhere('u.disabledAt IS NULL')
      .getCount();
  }

  async search(filter: {
    q?: string;
    role?: Role;
    page: number;
    pageSize: number;
  }): Promise<{ items: User[]; total: number }> {
    const qb = this.users.createQueryBuilder('u').orderBy('u.createdAt', 'DESC').addOrderBy('u.id');
    if (filter.q) {
      const like = `%${filter.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w.where('u.email ILIKE :like', { like }).orWhere('u.displayName ILIKE :like', { like }),
        ),
      );
    }
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    const [items, total] = await qb
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /** An approved filing makes its owner a member (no longer an applicant). Inside the caller's transaction. */
  async makeMember(id: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE users SET roles = array_append(array_remove(roles, 'applicant'), 'member'), updated_at = now()
       WHERE id = $1 AND NOT ('member' = ANY(roles))`,
      [id],
    );
    // Raw SQL passes no entity subscriber: tell the cache of the new role.
    this.cache.changed(id, manager.queryRunner?.isTransactionActive ?? false);
  }

  /** An enabled account by id, as the request sees it (for credentials that are not tokens). */
  async findEnabled(id: string): Promise<RequestUser | null> {
    const user = await this.findById(id);
    return user && !user.disabledAt ? toRequestUser(user) : null;
  }

  /** Where to write to each enabled account among `ids` (disabled ones are left out). */
  async contacts(
    ids: string[],
    manager: EntityManager = this.users.manager,
  ): Promise<Map<string, UserContact>> {
    if (!ids.length) return new Map();
    const rows = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .select(['u.id', 'u.email', 'u.displayName', 'u.language'])
      .where('u.id IN (:...ids)', { ids: [...new Set(ids)] })
      .andWhere('u.disabledAt IS NULL')
      .getMany();
    return new Map(
      rows.map((u) => [u.id, { email: u.email, displayName: u.displayName, language: u.language }]),
    );
  }

  /**
   * Deletes accounts and, through `accounts.removed`, what every feature kept of them (filings,
   * profile, notifications, tracking…); done when this answers. The audit log keeps its entries.
   */
  async removeAccounts(ids: string[]): Promise<void> {
    if (!ids.length) return;
    const published = await this.users.manager.transaction(async (manager) => {
      const published = await this.events.publish('accounts.removed', { userIds: ids }, manager);
      await manager.delete(User, { id: In(ids) });
      // A delete passes no entity subscriber: their tokens stop working as the commit lands.
      for (const id of ids) this.cache.changed(id, true);
      return published;
    });
    await this.events.deliverNow(published);
  }

  /** Remembers the language the user reads the product in (their e-mails follow it). */
  async setLanguage(id: string, language: MessageLang): Promise<User> {
    await this.users.update({ id }, { language });
    return this.getById(id);
  }

  /** The account names of `ids` (disabled ones too: a name in a history stays readable). */
  async displayNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.users.find({
      select: { id: true, displayName: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(rows.map((u) => [u.id, u.displayName]));
  }

  /** The enabled accounts holding a permission (through any of their roles), e.g. who reviews filings. */
  async withPermission(
    permission: Permission,
    manager: EntityManager = this.users.manager,
  ): Promise<string[]> {
    const roles = ROLES.filter((role) => can([role], permission));
    const rows = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('u.roles && :roles::text[]', { roles })
      .andWhere('u.disabledAt IS NULL')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** The first administrator ever created, if any (demo content is written in their name). */
  async firstAdmin(): Promise<RequestUser | null> {
    const user = await this.users
      .createQueryBuilder('u')
      .where(':role = ANY(u.roles)', { role: 'admin' })
      .orderBy('u.createdAt')
      .getOne();
    return user ? toRequestUser(user) : null;
  }

  async markSignedIn(id: string): Promise<void> {
    // Not a change the access check cares about: no cache eviction (listeners off).
    await this.users
      .createQueryBuilder()
      .update()
      .set({ lastLoginAt: new Date() })
      .where('id = :id', { id })
      .callListeners(false)
      .execute();
  }
}
