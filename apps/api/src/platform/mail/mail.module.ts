import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailMessage } from './entities/mail-message.entity';
import { MailService } from './mail.service';
import { OutboxController } from './outbox.controller';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MailMessage])],
  controllers: [OutboxController],
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
