import type { AppNotification } from '@cqo/contracts';
import { worded } from '../../testing/notifications';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { approvedMember } from '../../testing/members';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';
import { JobsService } from '../jobs/jobs.service';
import { EventBus } from './event-bus.service';

/**
 * Domain events through the outbox, on the filing approval: the reactions are done when the
 * approval answers, and one reaction failing neither undoes the decision nor stops the others;
 * it is retried until it succeeds.
 */
let t: TestApp;
let staff: TestClient;
let db: DataSource;
let failuresLeft = 0;
const seen: string[] = [];

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  staff = await t.userWithRoles(['staff']);
  db = t.app.get<DataSource>(getDataSourceToken());
  t.app.get(EventBus).subscribe('filing.decided', 'test.flaky-reaction', async (decided) => {
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      throw new Error('flaky reaction');
    }
    seen.push(decided.filingId);
  });
});
afterAll(() => t.close());

describe('filing.decided', () => {
  it('is delivered to every subscriber before the approval answers', async () => {
    const member = await approvedMember(t, staff);
    expect(seen).toContain(member.filingId);
    const me = await member.get('/api/auth/me');
    expect(me.body.roles).toContain('member');
    const card = await member.get('/api/me/profile');
    expect(card.status).toBe(200);
    const notices = await member.get('/api/notifications');
    expect(notices.body.items.map((n: AppNotification) => worded(n).title)).toContain('首席质量官备案已通过');
  });

  it('a failing reaction keeps the decision and the other reactions, and is retried', async () => {
    failuresLeft = 1;
    const member = await approvedMember(t, staff);
    expect(seen).not.toContain(member.filingId);
    // The decision and the other subscribers' work stand.
    expect((await member.get('/api/auth/me')).body.roles).toContain('member');
    const [pending] = await db.query(
      `SELECT attempts, last_error FROM jobs
       WHERE kind = 'events.deliver' AND done_at IS NULL AND payload->>'subscriber' = 'test.flaky-reaction'`,
    );
    expect(pending).toMatchObject({ attempts: 1 });
    expect(pending.last_error).toContain('flaky reaction');
    // The worker tries again after the back-off.
    await t.app.get(JobsService).drain(new Date(Date.now() + 60_000));
    expect(seen).toContain(member.filingId);
  });
});
