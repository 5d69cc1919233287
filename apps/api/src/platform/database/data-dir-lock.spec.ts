import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../bootstrap';
import { DataDirectoryLockedError, lockDataDirectory, releaseDataDirectory } from './data-dir-lock';

/** A real second process that holds a folder's lock, as a running `npm start` would. */
function holder(dir: string): Promise<ChildProcess> {
  const script = `
    const fs = require('node:fs');
    fs.writeFileSync(${JSON.stringify(join(dir, 'embedded-database.lock'))},
      JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), command: 'npm start (test holder)' }), { flag: 'wx' });
    process.stdout.write('held\\n');
    setTimeout(() => {}, 60000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok) => child.stdout?.once('data', () => ok(child)));
}

describe('one process per embedded database folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cqo-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a second process stops at once, naming the folder and the process that holds it', async () => {
    const child = await holder(dir);
    try {
      expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);
      expect(() => lockDataDirectory(dir)).toThrow(
        new RegExp(`${dir}.*pid ${child.pid}.*npm start \\(test holder\\)`, 's'),
      );
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('the whole app refuses to start on a folder in use, before opening the database', async () => {
    const child = await holder(dir);
    const saved = { ...process.env };
    try {
      delete process.env['DATABASE_URL'];
      Object.assign(process.env, {
        DATA_DIR: dir,
        LOG_LEVEL: 'silent',
        DEMO_CONTENT: 'false',
        NODE_ENV: 'test',
      });
      await expect(createApp({ quiet: true })).rejects.toThrow(DataDirectoryLockedError);
      expect(existsSync(join(dir, 'pgdata', 'PG_VERSION'))).toBe(false);
    } finally {
      process.env = saved;
      child.kill('SIGKILL');
    }
  });

  it('takes over the lock of a process that is gone (kill -9), and gives it back', async () => {
    const child = await holder(dir);
    child.kill('SIGKILL');
    await new Promise((ok) => child.once('exit', ok));
    lockDataDirectory(dir);
    const file = join(dir, 'embedded-database.lock');
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    lockDataDirectory(dir); // the same process again: already its own
    releaseDataDirectory(dir);
    expect(existsSync(file)).toBe(false);
  });

  it('never removes a lock another process wrote meanwhile', () => {
    lockDataDirectory(dir);
    const file = join(dir, 'embedded-database.lock');
    writeFileSync(file, JSON.stringify({ pid: 1, startedAt: 'x', command: 'other' }));
    releaseDataDirectory(dir);
    expect(existsSync(file)).toBe(true);
  });
});
