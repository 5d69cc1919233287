/** Discussion channels' public face. */
export { ChannelsModule } from './channels.module';
export { ChannelsService } from './channels.service';
export { MessagesService } from './messages.service';
