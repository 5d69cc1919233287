import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The product version from the root package.json (walked up to from this file). */
export function appVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 12; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'cqo-alliance' && pkg.version) return pkg.version;
    }
    dir = dirname(dir);
  }
  return '0.0.0';
}
