import { SeedService } from '../../seed.service';
import { startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEED_DEMO: 'true', JOBS_ENABLED: 'false' });
});
afterAll(() => t.close());

describe('demo content', () => {
  it('a fresh install shows the bureau’s notice and open and closed opportunities, once', async () => {
    const visitor = t.client();
    const notices = await visitor.get('/api/announcements');
    expect(notices.body.items.map((a: { title: string }) => a.title)).toEqual([
      '关于进一步做好企业首席质量官有关工作的通知',
    ]);
    expect(notices.body.items[0]).toMatchObject({ pinned: true, status: 'published' });
    const board = await visitor.get('/api/opportunities');
    expect(board.body.total).toBe(4);
    expect(board.body.items.filter((o: { open: boolean }) => o.open)).toHaveLength(3);

    await t.app.get(SeedService).run();
    expect((await visitor.get('/api/opportunities')).body.total).toBe(4);
  });
});
