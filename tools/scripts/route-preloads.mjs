#!/usr/bin/env node
// After the web bundle, before compression: what a first visit must fetch, known in advance.
// 1. index.html gets a modulepreload link for every chunk `main` imports, not only the first ten
//    that Angular writes, so that none waits for `main` to be parsed.
// 2. route-preloads.json lists, per route of app.routes.ts, the chunks its page needs beyond those
//    (its lazy component, its words in the default language, and what they import); the server
//    adds them to the page it sends for that address (SpaFallback), so a deep link's first visit
//    fetches its page in the same round as `main` instead of two rounds later.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const dist = process.argv[2] ?? 'dist/apps/web';
const routesFile = 'apps/web/src/app/app.routes.ts';
const stats = JSON.parse(readFileSync(join(dist, 'stats.json'), 'utf8'));
const outputs = stats.outputs;

/** A chunk and everything it imports statically, in load order. */
function closure(chunk, into = new Set()) {
  if (into.has(chunk) || !outputs[chunk]) return into;
  into.add(chunk);
  for (const i of outputs[chunk].imports ?? []) if (i.kind === 'import-statement') closure(i.path, into);
  return into;
}
const chunkOf = new Map(
  Object.entries(outputs)
    .filter(([name, o]) => o.entryPoint && name.endsWith('.js'))
    .map(([name, o]) => [o.entryPoint, name]),
);
const main = chunkOf.get('apps/web/src/main.ts');
if (!main) throw new Error(`no main chunk in ${dist}/stats.json`);
const initial = closure(main);

// 1. Every initial chunk preloaded by the page itself.
const indexFile = join(dist, 'browser', 'index.html');
let html = readFileSync(indexFile, 'utf8');
const missing = [...initial].filter((c) => c !== main && !html.includes(`href="${c}"`));
// After Angular's own links and `main`, which the browser should fetch first.
const mainTag = html.match(/<script src="main-[^"]+"[^>]*><\/script>/)?.[0];
if (!mainTag) throw new Error(`no main script in ${indexFile}`);
html = html.replace(
  mainTag,
  `${mainTag}${missing.map((c) => `<link rel="modulepreload" href="${c}">`).join('')}`,
);
writeFileSync(indexFile, html);

// 2. The routes, read from their source: each path with the modules its match and page import.
const source = ts.createSourceFile(
  routesFile,
  readFileSync(routesFile, 'utf8'),
  ts.ScriptTarget.Latest,
  true,
);
const routes = [];
const nameOf = (p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : '');
/** import('…') calls under a node; an `en:` loader is skipped (the first visit is in Chinese). */
function importsIn(node, found = []) {
  if (ts.isPropertyAssignment(node) && nameOf(node) === 'en') return found;
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const spec = node.arguments[0];
    if (spec && ts.isStringLiteral(spec)) found.push(spec.text);
  }
  // forEachChild stops at the first callback that returns something: this one returns nothing.
  ts.forEachChild(node, (child) => {
    importsIn(child, found);
  });
  return found;
}
function walk(array, parentPath, parentImports) {
  for (const element of array.elements) {
    if (!ts.isObjectLiteralExpression(element)) continue;
    const props = element.properties.filter(ts.isPropertyAssignment);
    const pathProp = props.find((p) => nameOf(p) === 'path');
    const own = pathProp && ts.isStringLiteral(pathProp.initializer) ? pathProp.initializer.text : '';
    const path = [parentPath, own].filter(Boolean).join('/');
    const imports = [
      ...parentImports,
      ...props.filter((p) => nameOf(p) !== 'children').flatMap((p) => importsIn(p)),
    ];
    const children = props.find((p) => nameOf(p) === 'children');
    if (children && ts.isArrayLiteralExpression(children.initializer))
      walk(children.initializer, path, imports);
    else if (props.some((p) => nameOf(p) === 'loadComponent')) routes.push({ path, imports });
  }
}
ts.forEachChild(source, function find(node) {
  if (ts.isVariableDeclaration(node) && node.name.getText() === 'routes' && node.initializer) {
    if (ts.isArrayLiteralExpression(node.initializer)) walk(node.initializer, '', []);
    return;
  }
  ts.forEachChild(node, find);
});

const sourceOf = (spec) => {
  const base = relative(process.cwd(), resolve(dirname(routesFile), spec));
  return [`${base}.ts`, `${base}/index.ts`].find((f) => chunkOf.has(f));
};
const table = routes.map(({ path, imports }) => {
  const chunks = new Set();
  for (const spec of imports) {
    const file = sourceOf(spec);
    if (!file) throw new Error(`${routesFile}: no chunk for import('${spec}') of route '${path}'`);
    for (const c of closure(chunkOf.get(file))) if (!initial.has(c)) chunks.add(c);
  }
  return { path, chunks: [...chunks] };
});
writeFileSync(join(dist, 'browser', 'route-preloads.json'), JSON.stringify({ routes: table }));
console.log(
  `preloads: ${missing.length} more initial chunks in index.html; ${table.length} routes in route-preloads.json`,
);
