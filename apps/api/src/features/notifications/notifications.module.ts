import { NotificationAccountReactions } from './account-reactions';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts';
import { NotificationPreference } from './entities/notification-preference.entity';
import { Notification } from './entities/notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { FilingNotices } from './filing-notices';

@Module({
  imports: [TypeOrmModule.forFeature([Notification, NotificationPreference]), AccountsModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, FilingNotices, NotificationAccountReactions],
  exports: [NotificationsService],
})
export class NotificationsModule {}
