/** The notifications feature's public face: features stage notices inside their own transactions. */
export { NotificationsModule } from './notifications.module';
export { NotificationsService, type NewNotification } from './notifications.service';
