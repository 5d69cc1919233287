import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { can, ErrorCode, Permission, type CalendarFeedStatus, type NewCalendarFeed } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { AppConfig } from '../../platform/config/app-config';
import { Clock } from '../../platform/clock/clock';
import { hashToken, newSecretToken, SECRET_TOKEN_PATTERN } from '../../platform/crypto/secret-token';
import { ApiException } from '../../platform/errors/api.exception';
import { UsersService } from '../accounts';
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
    private readonly users: UsersService,
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
    const feed = SECRET_TOKEN_PATTERN.test(token)
      ? await this.feeds.findOneBy({ tokenHash: hashToken(token) })
      : null;
    const member = feed && (await this.users.findEnabled(feed.userId));
    if (!feed || !member || !can(member.roles, Permission.MemberArea))
      throw new ApiException(
        ErrorCode.CALENDAR_FEED_NOT_FOUND,
        'No such calendar address (it may have been replaced or turned off).',
      );
    const now = this.clock.now();
    if (!feed.lastReadAt || now.getTime() - feed.lastReadAt.getTime() > READ_MARK_MS)
      await this.feeds.update({ userId: member.id }, { lastReadAt: now });
    return member;
  }
}
