/**
 * pps-kit as an EPJ vendor gets it: the four packages packed as they would be published, then
 * installed outside the repository into three hosts that know nothing of the monorepo:
 * - a Vite + React host (the mocks in the browser, one provider, the views);
 * - a Next.js App Router host (apps/next-host's sources: a server component imports the views);
 * - a plain HTML page with @pps-kit/elements' classic script, under default-src 'self'.
 * Each is built and started; the spec checks them in Chromium. Versions come from the catalog.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = path.resolve(import.meta.dirname, '../../..');
const PACKAGES = ['api-client', 'react', 'mocks', 'elements'] as const;
export const PORTS = { vite: 4201, next: 4202, html: 4203 } as const;

/** The catalog's pinned versions (pnpm-workspace.yaml), so the hosts get what the repo tests. */
function catalog(): Record<string, string> {
  const text = readFileSync(path.join(repo, 'pnpm-workspace.yaml'), 'utf8');
  const block = text.slice(text.indexOf('\ncatalog:\n'), text.indexOf('\ncatalogs:'));
  return Object.fromEntries(
    [...block.matchAll(/^ {2}"?([@\w./-]+)"?: ([^\s#]+)/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, CI: 'true' },
  });

function pack(into: string): Record<string, string> {
  mkdirSync(into, { recursive: true });
  const tarballs: Record<string, string> = {};
  for (const name of PACKAGES) {
    const before = new Set(readdirSync(into));
    run('pnpm', ['pack', '--pack-destination', into], path.join(repo, 'packages', name));
    const file = readdirSync(into).find((f) => !before.has(f) && f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack made no tarball for ${name}`);
    tarballs[`@pps-kit/${name}`] = `file:${path.join(into, file)}`;
  }
  return tarballs;
}

/** A host folder: its package.json, and pnpm settings that point @pps-kit/* at the tarballs. */
function host(dir: string, pkg: object, tarballs: Record<string, string>) {
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  const overrides = Object.entries(tarballs)
    .map(([name, spec]) => `  "${name}": "${spec}"`)
    .join('\n');
  writeFileSync(
    path.join(dir, 'pnpm-workspace.yaml'),
    `allowBuilds:\n  esbuild: true\n  msw: true\n  sharp: false\n  unrs-resolver: false\noverrides:\n${overrides}\n`,
  );
  run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], dir);
}

function start(command: string, args: string[], cwd: string): ChildProcess {
  return spawn(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
}

async function reachable(url: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(url).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** The plain page: static files under default-src 'self', /api/* passed on to the mock server. */
function htmlServer(dir: string, mockUrl: string): Server {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(([n]) => n !== 'host' && n !== 'connection'),
      ) as Record<string, string>;
      const answer = await fetch(`${mockUrl}${url.pathname}${url.search}`, {
        method: request.method ?? 'GET',
        headers,
        ...(request.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
      });
      const out = Object.fromEntries(
        [...answer.headers].filter(([n]) => n !== 'content-encoding' && n !== 'content-length'),
      );
      response.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    const name = url.pathname === '/' ? 'index.html' : path.basename(url.pathname);
    try {
      const body = readFileSync(path.join(dir, name));
      response
        .writeHead(200, {
          'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream',
          'content-security-policy': "default-src 'self'",
        })
        .end(body);
    } catch {
      response.writeHead(name === 'favicon.ico' ? 204 : 404).end();
    }
  }).listen(PORTS.html, '127.0.0.1');
}

export default async function setup() {
  const versions = catalog();
  const v = (name: string) => {
    const version = versions[name];
    if (!version) throw new Error(`${name} is not in the catalog`);
    return version;
  };
  const work = mkdtempSync(path.join(tmpdir(), 'pps-kit-hosts-'));
  const tarballs = pack(path.join(work, 'tarballs'));
  const children: ChildProcess[] = [];

  // The Vite host.
  const vite = path.join(work, 'vite');
  cpSync(path.join(import.meta.dirname, '../templates/vite'), vite, { recursive: true });
  host(
    vite,
    {
      name: 'vite-host',
      private: true,
      type: 'module',
      dependencies: {
        ...tarballs,
        '@tanstack/react-query': v('@tanstack/react-query'),
        msw: v('msw'),
        react: v('react'),
        'react-dom': v('react-dom'),
      },
      devDependencies: { vite: v('vite'), '@vitejs/plugin-react': v('@vitejs/plugin-react') },
    },
    tarballs,
  );
  mkdirSync(path.join(vite, 'public'), { recursive: true });
  cpSync(
    path.join(vite, 'node_modules/msw/lib/mockServiceWorker.js'),
    path.join(vite, 'public/mockServiceWorker.js'),
  );
  run('pnpm', ['exec', 'vite', 'build'], vite);
  children.push(
    start(
      'pnpm',
      ['exec', 'vite', 'preview', '--host', '127.0.0.1', '--port', String(PORTS.vite), '--strictPort'],
      vite,
    ),
  );

  // The Next.js host: apps/next-host's own sources, its packages from the tarballs.
  const next = path.join(work, 'next');
  mkdirSync(next);
  cpSync(path.join(repo, 'apps/next-host/app'), path.join(next, 'app'), { recursive: true });
  cpSync(path.join(repo, 'apps/next-host/next.config.ts'), path.join(next, 'next.config.ts'));
  writeFileSync(
    path.join(next, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        noEmit: true,
        isolatedModules: true,
        plugins: [{ name: 'next' }],
      },
      include: ['next-env.d.ts', 'app', '.next/types/**/*.ts'],
    }),
  );
  host(
    next,
    {
      name: 'next-host',
      private: true,
      type: 'module',
      dependencies: {
        ...tarballs,
        '@tanstack/react-query': v('@tanstack/react-query'),
        msw: v('msw'),
        next: v('next'),
        react: v('react'),
        'react-dom': v('react-dom'),
      },
      devDependencies: {
        typescript: v('typescript'),
        '@types/node': v('@types/node'),
        '@types/react': v('@types/react'),
        '@types/react-dom': v('@types/react-dom'),
      },
    },
    tarballs,
  );
  run('pnpm', ['exec', 'next', 'build'], next);
  children.push(
    start('pnpm', ['exec', 'next', 'start', '--hostname', '127.0.0.1', '--port', String(PORTS.next)], next),
  );

  // The plain HTML page with the elements' classic script and stylesheet.
  const html = path.join(work, 'html');
  mkdirSync(html);
  const elements = path.join(vite, 'node_modules/@pps-kit/elements/dist');
  for (const file of ['pps-elements.iife.js', 'pps-elements.css'])
    cpSync(path.join(elements, file), path.join(html, file));
  const { patientWithScenario } = (await import(
    pathToFileURL(path.join(vite, 'node_modules/@pps-kit/mocks/dist/index.js')).href
  )) as typeof import('@pps-kit/mocks');
  writeFileSync(
    path.join(html, 'index.html'),
    `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <title>Plain HTML host</title>
    <link rel="stylesheet" href="pps-elements.css" />
    <script src="pps-elements.iife.js"></script>
  </head>
  <body>
    <pps-lab-results person-id="${patientWithScenario('report-versions').personId}"></pps-lab-results>
    <pps-trend-chart person-id="${patientWithScenario('gp-chemistry').personId}" code="NPU04998"></pps-trend-chart>
  </body>
</html>
`,
  );
  const { startMockServer } = (await import(
    pathToFileURL(path.join(vite, 'node_modules/@pps-kit/mocks/dist/server.js')).href
  )) as typeof import('@pps-kit/mocks/server');
  const mock = await startMockServer({ port: 0 });
  const server = htmlServer(html, mock.url);

  await Promise.all([
    reachable(`http://127.0.0.1:${PORTS.vite}/`),
    reachable(`http://127.0.0.1:${PORTS.next}/`),
    reachable(`http://127.0.0.1:${PORTS.html}/`),
  ]);

  return async () => {
    for (const child of children) if (child.pid) process.kill(-child.pid, 'SIGTERM');
    server.close();
    await mock.close();
    rmSync(work, { recursive: true, force: true });
  };
}
