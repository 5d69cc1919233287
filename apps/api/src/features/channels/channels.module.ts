import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts';
import { DirectoryModule } from '../directory';
import { ChannelAccountReactions } from './account-reactions';
import { ChannelsController } from './channels.controller';
import { ChannelsService } from './channels.service';
import { ChannelMember } from './entities/channel-member.entity';
import { ChannelMessage } from './entities/channel-message.entity';
import { Channel } from './entities/channel.entity';
import { MessagesService } from './messages.service';

/** Discussion channels: who is in them, and their messages numbered in commit order. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Channel, ChannelMember, ChannelMessage]),
    AccountsModule,
    DirectoryModule,
  ],
  controllers: [ChannelsController],
  providers: [ChannelsService, MessagesService, ChannelAccountReactions],
})
export class ChannelsModule {}
