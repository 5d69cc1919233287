import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** Lints `code` as if it were the file at `path` (nothing is written). */
function lint(path: string, code: string): { ok: boolean; output: string } {
  const run = spawnSync('npx', ['eslint', '--no-warn-ignored', '--stdin', '--stdin-filename', path], {
    cwd: root,
    input: code,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/**
 * Feature faces (docs/architecture.md): a feature is used only through its index.ts, and the
 * platform, core and shared code use no feature. A new crossing must fail `npm run lint`.
 */
describe('feature boundaries', () => {
  it('refuse an API feature reaching into another feature', () => {
    const r = lint(
      'apps/api/src/features/announcements/crossing.ts',
      "import { MemberProfilesService } from '../directory/member-profiles.service';\nexport const x = MemberProfilesService;\n",
    );
    expect(r.ok).toBe(false);
    expect(r.output).toContain('through its face');
  });

  it('allow the same through the face, and a feature inside itself', () => {
    expect(
      lint(
        'apps/api/src/features/announcements/crossing.ts',
        "import { MemberProfilesService } from '../directory';\nimport { Announcement } from './entities/announcement.entity';\nexport const x = [MemberProfilesService, Announcement];\n",
      ),
    ).toMatchObject({ ok: true });
  });

  it('refuse the platform importing a feature', () => {
    const r = lint(
      'apps/api/src/platform/jobs/crossing.ts',
      "import { UsersService } from '../../features/accounts';\nexport const x = UsersService;\n",
    );
    expect(r.ok).toBe(false);
    expect(r.output).toContain('The platform imports no feature');
  });

  it('refuse a web feature reaching into another, and shared code importing a feature', () => {
    const crossing = lint(
      'apps/web/src/app/features/review/crossing.ts',
      "import { FilingApi } from '../filing/filing.api';\nexport const x = FilingApi;\n",
    );
    expect(crossing.ok).toBe(false);
    const shared = lint(
      'apps/web/src/app/shared/crossing.ts',
      "import { FilingApi } from '../features/filing';\nexport const x = FilingApi;\n",
    );
    expect(shared.ok).toBe(false);
    expect(shared.output).toContain('core/ and shared/ import no feature');
  });
});
