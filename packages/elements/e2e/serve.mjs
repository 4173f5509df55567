// The test host for @pps-kit/elements: its pages and the built bundle over HTTP, served with the
// strict policy a careful EPJ uses (Content-Security-Policy: default-src 'self'), and /api/*
// passed on to pps-kit's standalone mock server, so every call stays on the page's own origin.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { startMockServer } from '@pps-kit/mocks/server';

const here = import.meta.dirname;
const PORT = Number(process.env.PORT ?? 4180);
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};
const mock = await startMockServer({ port: 0 });

async function body(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  try {
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end(); // the browser asks for one; the pages have none
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => !['host', 'connection'].includes(name)),
      );
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      const answer = await fetch(`${mock.url}${url.pathname}${url.search}`, {
        method: request.method,
        headers,
        ...(hasBody ? { body: await body(request) } : {}),
      });
      const out = Object.fromEntries(
        [...answer.headers].filter(([name]) => !['content-encoding', 'content-length'].includes(name)),
      );
      response.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    const file = url.pathname.startsWith('/dist/')
      ? path.join(here, '..', url.pathname)
      : path.join(here, 'pages', url.pathname === '/' ? 'index.html' : url.pathname);
    if (!file.startsWith(path.join(here, '..'))) throw new Error('outside');
    const content = await readFile(file);
    response
      .writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': "default-src 'self'",
      })
      .end(content);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(PORT, '127.0.0.1', () => console.log(`elements test host on http://127.0.0.1:${PORT}`));
