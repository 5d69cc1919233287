import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  can,
  ErrorCode,
  FieldErrorCode,
  Permission,
  type DirectAllowance,
  type DirectPreference,
} from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { ApiException } from '../../platform/errors/api.exception';
import { RealtimeService } from '../../platform/realtime/realtime.service';
import { UsersService } from '../accounts';
import { channelRoom, isChannelStaff } from './channel-access';
import { ChannelMember } from './entities/channel-member.entity';
import { Channel } from './entities/channel.entity';
import { DirectPreferenceRow } from './entities/direct-preference.entity';

/**
 * Direct conversations: one private channel per pair of people, opened by either. Members write
 * to members; staff to anyone signed up. A member may take new conversations only from people they
 * already have one with (staff always reach them).
 */
@Injectable()
export class DirectService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly realtime: RealtimeService,
  ) {}

  async open(caller: RequestUser, otherId: string): Promise<{ channelId: string }> {
    if (otherId === caller.id) {
      throw new ApiException(ErrorCode.VALIDATION_FAILED, 'A conversation needs someone else.', [
        { field: 'userId', code: FieldErrorCode.INVALID_VALUE },
      ]);
    }
    const other = await this.users.findEnabled(otherId);
    const reachable = other && (isChannelStaff(caller) || can(other.roles, Permission.MemberArea));
    if (!reachable) throw new ApiException(ErrorCode.USER_NOT_FOUND, 'There is no such member.');
    const directKey = [caller.id, otherId].sort().join(':');
    if (!isChannelStaff(caller) && (await this.preference(otherId)).allow === 'contacts') {
      const known = await this.dataSource.getRepository(Channel).existsBy({ directKey });
      if (!known) {
        throw new ApiException(
          ErrorCode.DIRECT_NOT_ALLOWED,
          'This member takes direct messages only from people they have talked to.',
        );
      }
    }
    const channelId = await this.dataSource.transaction(async (manager) => {
      // Two people opening it at once: the unique key lets one row in, the other finds it.
      await manager
        .createQueryBuilder()
        .insert()
        .into(Channel)
        .values({
          name: '',
          kind: 'direct',
          audience: { type: 'members' },
          visibility: 'private',
          createdBy: caller.id,
          directKey,
        })
        .orIgnore()
        .execute();
      const channel = await manager.findOneByOrFail(Channel, { directKey });
      await manager
        .createQueryBuilder()
        .insert()
        .into(ChannelMember)
        .values([
          { channelId: channel.id, userId: caller.id },
          { channelId: channel.id, userId: otherId },
        ])
        .orIgnore()
        .execute();
      return channel.id;
    });
    this.realtime.join(caller.id, channelRoom(channelId));
    this.realtime.join(otherId, channelRoom(channelId));
    return { channelId };
  }

  async preference(userId: string): Promise<DirectPreference> {
    const row = await this.dataSource.getRepository(DirectPreferenceRow).findOneBy({ userId });
    return { allow: row?.allow ?? 'all' };
  }

  async setPreference(userId: string, allow: DirectAllowance): Promise<DirectPreference> {
    await this.dataSource.getRepository(DirectPreferenceRow).upsert({ userId, allow }, ['userId']);
    return { allow };
  }
}
