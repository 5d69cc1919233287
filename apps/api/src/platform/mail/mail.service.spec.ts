import { Logger } from '@nestjs/common';
import type { Repository } from 'typeorm';
import { validateConfig } from '../config/app-config';
import type { MailMessage } from './entities/mail-message.entity';
import { MailService } from './mail.service';

/** Without SMTP, mail waits in the outbox; what it says (a reset link) must not reach the logs. */
describe('mail without SMTP', () => {
  const kept: Partial<MailMessage>[] = [];
  const repo = {
    create: (m: Partial<MailMessage>) => m,
    save: async (m: Partial<MailMessage>) => (kept.push(m), m),
  } as unknown as Repository<MailMessage>;
  const mail = {
    to: 'li.ming@example.cn',
    subject: '重设密码',
    text: 'https://cqo.example/reset-password?token=SECRET-TOKEN-123',
  };
  let logged: string[];
  beforeEach(() => {
    kept.length = 0;
    logged = [];
    jest.spyOn(Logger.prototype, 'log').mockImplementation((...args: unknown[]) => {
      logged.push(JSON.stringify(args));
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('in production keeps the text in the outbox only, never in the log', async () => {
    const service = new MailService(repo, validateConfig({ NODE_ENV: 'production' }));
    await service.send(mail);
    expect(kept).toEqual([expect.objectContaining({ ...mail, status: 'outbox' })]);
    expect(logged.join('\n')).toContain('li.ming@example.cn');
    expect(logged.join('\n')).not.toContain('SECRET-TOKEN-123');
  });

  it('while developing also logs the text, for the developer at the console', async () => {
    const service = new MailService(repo, validateConfig({ NODE_ENV: 'development' }));
    await service.send(mail);
    expect(logged.join('\n')).toContain('SECRET-TOKEN-123');
  });

  it('never tries to deliver to an .invalid address (demo accounts), even with SMTP', async () => {
    // Port 9 on this machine answers nothing: a delivery attempt would be recorded as failed.
    const service = new MailService(repo, validateConfig({ SMTP_URL: 'smtp://127.0.0.1:9' }));
    await service.send({ ...mail, to: 'cqo01@demo.cqo-alliance.invalid' });
    expect(kept).toEqual([
      expect.objectContaining({ to: 'cqo01@demo.cqo-alliance.invalid', status: 'outbox' }),
    ]);
  });
});
