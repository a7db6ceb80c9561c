/**
 * A static file server for built sites, on loopback only, for browser tests. It serves like a
 * CDN would: directory indexes, the site's 404 page, and (optionally) the `_headers` rules that
 * Netlify and Cloudflare Pages apply, so tests see the production Content-Security-Policy.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import mime from 'mime';

/** One `_headers` block: a path pattern and the headers it adds. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parses the `_headers` format (a path line, then indented `Name: value` lines). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0)
      rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern (`/*`, `/_astro/*`, exact paths) matches `path`. */
export function matchesPattern(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/** A running server and how to stop it. */
export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(pathname);
  const target = normalize(join(root, decoded));
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  for (const candidate of [target, join(target, 'index.html')]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** Serves `root` on 127.0.0.1 at a free port; `applyHeaders` reads `root/_headers`. */
export async function serveStatic(
  root: string,
  { applyHeaders = false } = {},
): Promise<RunningServer> {
  const rules = applyHeaders
    ? parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''))
    : [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    void (async () => {
      let file = await resolveFile(root, url.pathname);
      let status = 200;
      if (
        file &&
        !url.pathname.endsWith('/') &&
        file.endsWith(`${sep}index.html`) &&
        !url.pathname.endsWith('.html')
      ) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      if (!file) {
        status = 404;
        file = await resolveFile(root, '/404.html');
      }
      for (const rule of rules) {
        if (matchesPattern(rule.pattern, url.pathname)) {
          for (const [name, value] of rule.headers) response.setHeader(name, value);
        }
      }
      if (!file) {
        response.writeHead(404).end('Not found');
        return;
      }
      const body = await readFile(file);
      response.writeHead(status, {
        'Content-Type': mime.getType(file) ?? 'application/octet-stream',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
