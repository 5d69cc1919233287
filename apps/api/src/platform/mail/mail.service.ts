import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MailMessage } from './entities/mail-message.entity';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail through SMTP when `SMTP_URL` is set. Either way every message is kept: without
 * SMTP it waits in the outbox that admins read in the UI (its text is never logged in production).
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport?: Transporter;

  constructor(
    @InjectRepository(MailMessage) private readonly messages: Repository<MailMessage>,
    private readonly config: AppConfig,
  ) {
    if (config.SMTP_URL) this.transport = createTransport(config.SMTP_URL);
  }

  async send(mail: OutgoingMail): Promise<MailMessage> {
    // `.invalid` can never be delivered (RFC 2606): demo accounts live there. Kept, never sent.
    if (!this.transport || /\.invalid$/i.test(mail.to)) {
      // Mail can carry secrets (reset links): its text goes to the outbox only, and to the log
      // only while developing.
      const text = this.config.NODE_ENV === 'development' ? { text: mail.text } : {};
      this.logger.log(
        { to: mail.to, subject: mail.subject, ...text },
        'Mail kept in the outbox (no SMTP_URL)',
      );
      return this.messages.save(this.messages.create({ ...mail, status: 'outbox', error: null }));
    }
    try {
      await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail });
      return this.messages.save(this.messages.create({ ...mail, status: 'sent', error: null }));
    } catch (error) {
      this.logger.error({ to: mail.to, err: error }, 'SMTP delivery failed');
      return this.messages.save(
        this.messages.create({ ...mail, status: 'failed', error: String((error as Error).message) }),
      );
    }
  }

  async list(page: number, pageSize: number): Promise<{ items: MailMessage[]; total: number }> {
    const [items, total] = await this.messages.findAndCount({
      order: { createdAt: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
