import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts';
import { DirectoryModule } from '../directory';
import { NotificationsModule } from '../notifications';
import { ChannelAccountReactions } from './account-reactions';
import { ChannelFilingReactions } from './filing-reactions';
import { ChannelsController } from './channels.controller';
import { ChannelsService } from './channels.service';
import { ChannelMember } from './entities/channel-member.entity';
import { ChannelMessage } from './entities/channel-message.entity';
import { Channel } from './entities/channel.entity';
import { MessagesService } from './messages.service';
import { MessagesController } from './messages.controller';
import { MessageActionsService } from './message-actions.service';
import { MessageViews } from './message-views';
import { MessageWriter } from './message-writer';
import { ChannelSockets } from './channel-sockets';
import { DirectController } from './direct.controller';
import { DirectService } from './direct.service';
import { MessageReport } from './entities/message-report.entity';
import { MessageReactionRow } from './entities/message-reaction.entity';
import { DirectPreferenceRow } from './entities/direct-preference.entity';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';
import { MessageSearch } from './search-source';

/** Discussion channels: who is in them, their messages numbered in commit order, direct conversations, moderation. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Channel,
      ChannelMember,
      ChannelMessage,
      MessageReport,
      MessageReactionRow,
      DirectPreferenceRow,
    ]),
    AccountsModule,
    DirectoryModule,
    NotificationsModule,
  ],
  controllers: [ChannelsController, MessagesController, DirectController, ModerationController],
  providers: [
    ChannelsService,
    MessagesService,
    MessageActionsService,
    MessageViews,
    MessageWriter,
    ChannelSockets,
    DirectService,
    ModerationService,
    ChannelAccountReactions,
    ChannelFilingReactions,
    MessageSearch,
  ],
  exports: [ChannelsService, MessagesService],
})
export class ChannelsModule {}
