import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** Every NG-ZORRO component the web app imports, by its entry point's name. */
function importedComponents(dir: string, found = new Set<string>()): Set<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) importedComponents(path, found);
    else if (name.endsWith('.ts'))
      for (const m of readFileSync(path, 'utf8').matchAll(/from 'ng-zorro-antd\/([a-z-]+)'/g))
        found.add(m[1]);
  }
  return found;
}

/**
 * The web app's stylesheet carries only the NG-ZORRO components it imports (apps/web/src/theme.less):
 * a component imported without its styles would draw unstyled, so the two lists must agree.
 */
it('styles every NG-ZORRO component the web app imports', () => {
  const theme = readFileSync(join(root, 'apps/web/src/theme.less'), 'utf8');
  const styled = new Set(
    [...theme.matchAll(/ng-zorro-antd\/([a-z-]+)\/style\/entry\.less/g)].map((m) => m[1]),
  );
  const imported = importedComponents(join(root, 'apps/web/src'));
  // Entry points without styles of their own.
  for (const none of ['core', 'i18n']) imported.delete(none);
  expect(imported.size).toBeGreaterThan(20);
  expect([...imported].filter((c) => !styled.has(c))).toEqual([]);
});
