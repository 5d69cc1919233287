import { AnnouncementSearch } from './search-source';
import { AnnouncementAccountReactions } from './account-reactions';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts';
import { DirectoryModule } from '../directory';
import { NotificationsModule } from '../notifications';
import { AnnouncementsController } from './announcements.controller';
import { AnnouncementsService } from './announcements.service';
import { AnnouncementRead } from './entities/announcement-read.entity';
import { Announcement } from './entities/announcement.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Announcement, AnnouncementRead]),
    AccountsModule,
    DirectoryModule,
    NotificationsModule,
  ],
  controllers: [AnnouncementsController],
  providers: [AnnouncementsService, AnnouncementAccountReactions, AnnouncementSearch],
  exports: [AnnouncementsService],
})
export class AnnouncementsModule {}
