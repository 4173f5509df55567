// Lints what each published package would really ship: publint --strict on the package as pnpm
// packs it, and @arethetypeswrong/cli on the tarball pnpm would publish (publishConfig applied).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'inherit' });

for (const name of readdirSync(path.join(root, 'packages')).sort()) {
  const dir = path.join(root, 'packages', name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  console.log(`\n== ${pkg.name}`);
  run(bin('publint'), ['--strict', '--pack', 'pnpm'], dir);
  // The React components are client components: the built entry must open with the directive,
  // or a Next.js server component that imports it fails.
  if (pkg.name === '@pps-kit/react') {
    const entry = readFileSync(path.join(dir, 'dist', 'index.js'), 'utf8');
    if (!/^(['"])use client\1;/.test(entry)) {
      throw new Error(`${pkg.name}: dist/index.js does not open with 'use client'`);
    }
    console.log(`${pkg.name}: dist/index.js opens with 'use client'`);
  }
  const out = mkdtempSync(path.join(tmpdir(), 'pps-kit-pack-'));
  try {
    run('pnpm', ['pack', '--pack-destination', out], dir);
    const tarball = readdirSync(out).find((file) => file.endsWith('.tgz'));
    if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${pkg.name}`);
    // ESM only, by design: CommonJS and node10 resolution are not supported. Stylesheets are
    // type-checked below (the ones that ship a .d.ts), not by attw.
    const entries = Object.keys(pkg.publishConfig?.exports ?? pkg.exports ?? {});
    const css = entries.filter((key) => key.endsWith('.css'));
    // A classic script (an IIFE for <script src>) is no module: nothing to type.
    const scripts = entries.filter((key) => key.endsWith('.iife.js'));
    const skipped = [...css, ...scripts];
    const exclude = skipped.length > 0 ? ['--exclude-entrypoints', ...skipped] : [];
    run(bin('attw'), [path.join(out, tarball), '--profile', 'esm-only', ...exclude], dir);
    console.log(`${pkg.name}: attw on the packed tarball passes with the esm-only profile`);
    // Stylesheets that ship a .d.ts (pkg.exports gives it a `types` condition).
    const typedCss = css.filter((key) => typeof pkg.exports?.[key] === 'object' && pkg.exports[key].types);
    if (typedCss.length > 0) typecheckStylesheetImports(pkg.name, path.join(out, tarball), typedCss, out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * A host's `import '<package>/styles.css'` type-checks from the tarball with TypeScript's
 * noUncheckedSideEffectImports (the default from TypeScript 6): each stylesheet ships its `.d.ts`.
 */
function typecheckStylesheetImports(name, tarball, entries, out) {
  const host = path.join(out, 'host');
  const target = path.join(host, 'node_modules', ...name.split('/'));
  mkdirSync(target, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], host);
  const imports = entries.map((entry) => `import '${name}/${entry.replace(/^\.\//, '')}';`);
  writeFileSync(path.join(host, 'host.ts'), `${imports.join('\n')}\n`);
  writeFileSync(
    path.join(host, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'esnext',
        moduleResolution: 'bundler',
        noUncheckedSideEffectImports: true,
        noEmit: true,
        types: [],
      },
      files: ['host.ts'],
    }),
  );
  run(bin('tsc'), ['-p', host], host);
  console.log(`${name}: ${imports.join(' ')} type-check under noUncheckedSideEffectImports`);
}
