// Generated output stays clean and out of git:
// - no mockServiceWorker.js in a published package's dist/ (the demo's build needs its own copy);
// - no .d.ts files in storybook-static/;
// - every generated folder is git-ignored.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const problems = [];

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

const generated = [
  path.join(root, 'storybook-static'),
  path.join(root, 'apps', 'epj-demo', 'dist'),
  path.join(root, 'reports'), // the mutation-testing report
];
for (const name of readdirSync(path.join(root, 'packages'))) {
  const dist = path.join(root, 'packages', name, 'dist');
  generated.push(dist);
  if (!existsSync(dist)) {
    problems.push(`${path.relative(root, dist)} is missing: run the build first`);
    continue;
  }
  for (const file of walk(dist)) {
    if (path.basename(file) === 'mockServiceWorker.js')
      problems.push(`${path.relative(root, file)} must not ship`);
  }
}

const storybook = path.join(root, 'storybook-static');
if (existsSync(storybook)) {
  for (const file of walk(storybook)) {
    if (file.endsWith('.d.ts')) problems.push(`${path.relative(root, file)}: no .d.ts in storybook-static`);
  }
  // Every component's stories have an autodocs page (props table, states, how to embed it).
  const index = path.join(storybook, 'index.json');
  if (existsSync(index)) {
    const entries = Object.values(JSON.parse(readFileSync(index, 'utf8')).entries);
    const titles = new Set(entries.filter((e) => e.type === 'story').map((e) => e.title));
    const documented = new Set(
      entries.filter((e) => e.type === 'docs' && e.tags?.includes('autodocs')).map((e) => e.title),
    );
    for (const title of titles)
      if (!documented.has(title)) problems.push(`storybook-static: ${title} has no docs page (autodocs)`);
  } else problems.push('storybook-static/index.json is missing');
} else {
  problems.push('storybook-static is missing: run build-storybook first');
}

// The built Storybook and the demo carry pps-kit's stylesheet (a story without it is unstyled).
for (const dir of [storybook, path.join(root, 'apps', 'epj-demo', 'dist')]) {
  if (!existsSync(dir)) continue;
  const styled = [...walk(dir)].some(
    (file) => file.endsWith('.css') && readFileSync(file, 'utf8').includes('.pps-root'),
  );
  if (!styled) problems.push(`${path.relative(root, dir)} has no stylesheet with pps-kit's .pps-root rules`);
}

for (const dir of generated) {
  const rel = path.relative(root, dir);
  try {
    // The trailing slash names a folder, so that `dist/` matches it before it is first built.
    execFileSync('git', ['check-ignore', '-q', `${rel}/`], { cwd: root });
  } catch {
    problems.push(`${rel} is not git-ignored`);
  }
}

if (problems.length > 0) {
  console.error(`Generated output check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Generated output check passed.');
