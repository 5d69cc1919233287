/** Discussion channels' public face. */
export { ChannelsModule } from './channels.module';
