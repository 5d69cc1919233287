import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SeedService } from '../../seed.service';
import { approvedMember } from '../../testing/members';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { DemoContentService } from './demo-content.service';
import { DEMO_CASES } from './demo-cases';
import { DEMO_CHANNELS } from './demo-channels';
import { DEMO_EMAIL_DOMAIN, DEMO_MARK } from './demo-members';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ DEMO_CONTENT: 'true', JOBS_ENABLED: 'false' });
}, 120_000);
afterAll(() => t.close());

interface PoolEntry {
  enterpriseName: string;
}
interface DirectoryCard {
  userId: string;
  enterpriseName: string;
  regionCode: string | null;
  industryCode: string | null;
  enterpriseSize: string | null;
}

describe('demo content', () => {
  it('a fresh install is alive: the bureau’s notice, opportunities, and members in the pool and the directory', async () => {
    const visitor = t.client();
    const notices = await visitor.get('/api/announcements');
    expect(notices.body.items.map((a: { title: string }) => a.title)).toEqual([
      '关于进一步做好企业首席质量官有关工作的通知',
    ]);
    expect(notices.body.items[0]).toMatchObject({ pinned: true, status: 'published' });
    const board = await visitor.get('/api/opportunities');
    expect(board.body.total).toBe(4);
    expect(board.body.items.filter((o: { open: boolean }) => o.open)).toHaveLength(3);

    // Every demo filing went the whole way: approved, so its CQO is in the public talent pool.
    const pool = await visitor.get('/api/talent-pool?pageSize=100');
    expect(pool.body.total).toBe(32);
    const entries = pool.body.items as (PoolEntry & { cqoName: string })[];
    expect(entries.every((p) => p.enterpriseName.endsWith(DEMO_MARK))).toBe(true);
    // Each a person of their own: no two CQOs share a name.
    expect(new Set(entries.map((p) => p.cqoName)).size).toBe(32);

    // Members see them in the directory, spread over districts, industries and sizes.
    const reader = await t.userWithRoles(['member']);
    const cards = (await reader.get('/api/directory?pageSize=100')).body.items as DirectoryCard[];
    expect(cards).toHaveLength(32);
    expect(new Set(cards.map((c) => c.regionCode)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(cards.map((c) => c.industryCode?.slice(0, 2))).size).toBeGreaterThanOrEqual(15);
    expect(new Set(cards.map((c) => c.enterpriseSize))).toEqual(
      new Set(['large', 'medium', 'small', 'micro']),
    );
    expect((await reader.get('/api/directory?region=440403')).body.total).toBeGreaterThan(0);

    // The case library has demo members' published cases, two of them on the home page.
    const cases = await visitor.get('/api/cases?pageSize=50');
    expect(cases.body.total).toBe(DEMO_CASES.length);
    expect(
      (cases.body.items as { enterpriseName: string }[]).every((c) => c.enterpriseName.endsWith(DEMO_MARK)),
    ).toBe(true);
    expect((await visitor.get('/api/cases?featured=true')).body.total).toBe(2);

    // Channels with conversations: the topic one for every member (with a thread), the industry and
    // district ones filled by approval with the demo members whose enterprise fits.
    const staff = await t.userWithRoles(['staff']);
    const channels = (await staff.get('/api/channels')).body.items as {
      id: string;
      name: string;
      kind: string;
      members: number;
    }[];
    expect(channels.map((c) => c.name).sort()).toEqual(DEMO_CHANNELS.map((c) => c.name).sort());
    const readerSees = (await reader.get('/api/channels')).body.items as { name: string }[];
    expect(readerSees.map((c) => c.name)).toEqual([DEMO_CHANNELS[0].name]);
    const industry = channels.find((c) => c.kind === 'industry')!;
    expect(industry.members).toBeGreaterThanOrEqual(3);
    const topic = channels.find((c) => c.name === DEMO_CHANNELS[0].name)!;
    const said = (await staff.get(`/api/channels/${topic.id}/messages`)).body.items as {
      parentId: string | null;
      replyCount: number;
    }[];
    expect(said.filter((m) => !m.parentId).length).toBe(DEMO_CHANNELS[0].lines.length);
    expect(said[0].replyCount).toBe(DEMO_CHANNELS[0].lines[0].replies!.length);

    // An open consultation on a draft standard, readable by visitors, with comments and answers.
    const consultations = (await visitor.get('/api/consultations')).body.items as {
      id: string;
      status: string;
      comments: number;
      responses: number;
    }[];
    expect(consultations).toHaveLength(1);
    expect(consultations[0]).toMatchObject({ status: 'open', comments: 3, responses: 5 });
    const clauses = (await visitor.get(`/api/consultations/${consultations[0].id}/clauses`)).body.items;
    expect(clauses.map((c: { number: string }) => c.number)).toContain('附录A');

    // A second start writes nothing twice.
    await t.app.get(SeedService).run();
    expect((await visitor.get('/api/opportunities')).body.total).toBe(4);
    expect((await visitor.get('/api/talent-pool')).body.total).toBe(32);
  });

  it('one command removes exactly the demo, keeps real members, and a later start does not bring it back', async () => {
    const real = await approvedMember(t, await t.userWithRoles(['staff']), {
      enterprise: { name: '珠海真实会员企业有限公司' },
    });
    const visitor = t.client();
    expect((await visitor.get('/api/talent-pool?pageSize=100')).body.total).toBe(33);

    const db = t.app.get<DataSource>(getDataSourceToken());
    const demoUsers = `SELECT id FROM users WHERE email LIKE '%@${DEMO_EMAIL_DOMAIN}'`;
    const left = async () =>
      (
        await db.query(
          `SELECT (SELECT count(*) FROM users WHERE id IN (${demoUsers}))::int AS users,
                  (SELECT count(*) FROM notifications WHERE user_id IN (${demoUsers}))::int AS notices,
                  (SELECT count(*) FROM filings WHERE enterprise_name LIKE '%${DEMO_MARK}')::int AS filings,
                  (SELECT count(*) FROM stored_files WHERE subject_type = 'filing')::int AS files`,
        )
      )[0];
    expect(await left()).toEqual({ users: 32, notices: 32, filings: 32, files: 66 });

    const removed = await t.app.get(DemoContentService).remove();
    // Nothing of theirs is left behind: accounts, notices, filings with their documents.
    expect(await left()).toEqual({ users: 0, notices: 0, filings: 0, files: 2 });
    expect(removed).toEqual({
      members: 32,
      announcements: 2,
      opportunities: 4,
      cases: DEMO_CASES.length,
      channels: DEMO_CHANNELS.length,
      consultations: 1,
    });
    expect((await visitor.get('/api/cases')).body.total).toBe(0);
    expect((await visitor.get('/api/consultations')).body.total).toBe(0);
    const pool = await visitor.get('/api/talent-pool?pageSize=100');
    expect((pool.body.items as PoolEntry[]).map((p) => p.enterpriseName)).toEqual([
      '珠海真实会员企业有限公司',
    ]);
    expect((await visitor.get('/api/announcements')).body.total).toBe(0);
    expect((await visitor.get('/api/opportunities')).body.total).toBe(0);
    expect((await real.get('/api/channels')).body.items).toEqual([]);
    const cards = (await real.get('/api/directory?pageSize=100')).body.items as DirectoryCard[];
    expect(cards.map((c) => c.userId)).toEqual([real.userId]);

    await t.app.get(SeedService).run();
    expect((await visitor.get('/api/talent-pool')).body.total).toBe(1);
    expect(await t.app.get(DemoContentService).present()).toBe(false);
  });
});
