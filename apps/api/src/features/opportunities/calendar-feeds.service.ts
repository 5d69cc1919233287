import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import {
  can,
  ErrorCode,
  Permission,
  type CalendarFeedStatus,
  type NewCalendarFeed,
  type Role,
} from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { AppConfig } from '../../platform/config/app-config';
import { Clock } from '../../platform/clock/clock';
import { hashToken, newSecretToken, SECRET_TOKEN_PATTERN } from '../../platform/crypto/secret-token';
import { ApiException } from '../../platform/errors/api.exception';
import { CalendarFeed } from './entities/calendar-feed.entity';

/** How stale "last fetched" may get before a fetch writes it again (calendar apps poll often). */
const READ_MARK_MS = 60 * 60 * 1000;

/**
 * Members' secret calendar addresses. A calendar app fetches the address on its own schedule
 * without signing in, so the address is the credential: 256 random bits, stored only as a hash,
 * shown once, replaced or turned off by the member, and dead as soon as the account is disabled
 * or is no longer a member.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectRepository(CalendarFeed) private readonly feeds: Repository<CalendarFeed>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async status(member: RequestUser): Promise<CalendarFeedStatus> {
    const feed = await this.feeds.findOneBy({ userId: member.id });
    return {
      active: !!feed,
      createdAt: feed?.createdAt.toISOString() ?? null,
      lastReadAt: feed?.lastReadAt?.toISOString() ?? null,
    };
  }

  /** A new address; the old one (if any) stops working at once. */
  async create(member: RequestUser): Promise<NewCalendarFeed> {
    const token = newSecretToken();
    const createdAt = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(CalendarFeed, { userId: member.id });
      await manager.insert(CalendarFeed, { userId: member.id, tokenHash: hashToken(token), createdAt });
    });
    return {
      url: `${this.config.PUBLIC_URL}/api/opportunities/calendar/${token}.ics`,
      createdAt: createdAt.toISOString(),
    };
  }

  async revoke(member: RequestUser): Promise<void> {
    const { affected } = await this.feeds.delete({ userId: member.id });
    if (!affected) throw new ApiException(ErrorCode.CALENDAR_FEED_NOT_FOUND, 'You have no calendar address.');
  }

  /** The member behind `<token>.ics`; unknown, turned-off and no-longer-member addresses are not found. */
  async memberFor(file: string): Promise<RequestUser> {
    const token = file.replace(/\.ics$/, '');
    const rows: {
      id: string;
      email: string;
      display_name: string;
      roles: Role[];
      last_read_at: Date | null;
    }[] = SECRET_TOKEN_PATTERN.test(token)
      ? await this.dataSource.query(
          `SELECT u.id, u.email, u.display_name, u.roles, f.last_read_at
           FROM calendar_feeds f JOIN users u ON u.id = f.user_id AND u.disabled_at IS NULL
           WHERE f.token_hash = $1`,
          [hashToken(token)],
        )
      : [];
    const row = rows[0];
    if (!row || !can(row.roles, Permission.MemberArea))
      throw new ApiException(
        ErrorCode.CALENDAR_FEED_NOT_FOUND,
        'No such calendar address (it may have been replaced or turned off).',
      );
    const now = this.clock.now();
    if (!row.last_read_at || now.getTime() - new Date(row.last_read_at).getTime() > READ_MARK_MS)
      await this.feeds.update({ userId: row.id }, { lastReadAt: now });
    return { id: row.id, email: row.email, displayName: row.display_name, roles: row.roles };
  }
}
