/** The announcements feature's public face: its module, the service, the events it publishes. */
export { AnnouncementsModule } from './announcements.module';
export { AnnouncementsService } from './announcements.service';
export type { AnnouncementPublished } from './announcement-events';
export type { AnnouncementInputDto } from './dto/announcement.dto';
export { AudienceDto } from './dto/announcement.dto';
