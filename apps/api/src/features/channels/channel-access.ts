import { can, Permission } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';

/** Staff create channels and may read any (moderation). */
export const isChannelStaff = (user: RequestUser): boolean => can(user.roles, Permission.ContentModerate);

/** The socket.io room of a channel: its members' sockets are in it. */
export const channelRoom = (channelId: string) => `channel:${channelId}`;

/** The search's visibility token of a channel's messages: its members hold it. */
export const channelSearchToken = (channelId: string) => `channel:${channelId}`;
