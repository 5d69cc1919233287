import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Who holds an embedded database: written into the lock file beside it. */
interface LockHolder {
  pid: number;
  startedAt: string;
  command: string;
}

export class DataDirectoryLockedError extends Error {
  constructor(
    readonly directory: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${directory} is in use by another process ` +
        `(pid ${holder.pid}, started ${holder.startedAt}: ${holder.command}).\n` +
        `Stop that process first, or give this one another DATA_DIR. ` +
        `(The embedded database has one writer; two would each lose the other's writes.)`,
    );
    this.name = 'DataDirectoryLockedError';
  }
}

const held = new Set<string>();

/**
 * Takes the embedded database's folder for this process alone, or throws naming the process that
 * has it. PGlite keeps its state in memory and writes it back: a second process on the same folder
 * would acknowledge writes the first never sees, and one side's writes would be lost. The lock
 * is a file created exclusively (O_EXCL) with the holder's pid; one whose process is gone (a crash,
 * kill -9) is taken over. Released when the process exits. The folder must not be shared between
 * machines (a pid means nothing on another host).
 */
export function lockDataDirectory(dataDir: string): void {
  const directory = resolve(dataDir);
  const file = join(directory, 'embedded-database.lock');
  if (held.has(file)) return;
  mkdirSync(directory, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      const me: LockHolder = {
        pid: process.pid,
        startedAt: new Date().toISOString(),
        command: process.argv.slice(1).join(' ').slice(0, 300),
      };
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      held.add(file);
      process.once('exit', () => releaseDataDirectory(dataDir));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder && holder.pid !== process.pid && isAlive(holder.pid))
      throw new DataDirectoryLockedError(directory, holder);
    // Left by a process that is gone (or by this one before a restart in the same pid): take it over.
    try {
      unlinkSync(file);
    } catch {
      // Another starter removed it first; try again.
    }
  }
  throw new Error(`Could not take the lock ${file}; remove it if no process uses ${directory}.`);
}

/** Gives the folder back (app shutdown, process exit). Only a lock this process holds is removed. */
export function releaseDataDirectory(dataDir: string): void {
  const file = join(resolve(dataDir), 'embedded-database.lock');
  if (!held.delete(file)) return;
  if (readHolder(file)?.pid !== process.pid) return;
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number'
      ? {
          pid: parsed.pid,
          startedAt: String(parsed.startedAt ?? '?'),
          command: String(parsed.command ?? '?'),
        }
      : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
