/**
 * A built site served by Cloudflare's own local runtime: `wrangler dev` (workerd) with the
 * project's `wrangler.jsonc`, its assets folder pointed at the built site. `_headers` and
 * `_redirects` are applied by Cloudflare's asset worker, not by our code.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { PROJECT_ROOT } from '../../helpers/build-site';
import { freePort } from './free-port';

/** A running `wrangler dev`. */
export interface WranglerSite {
  url: string;
  stop: () => Promise<void>;
}

/** Serves `siteDir` with the project's Cloudflare configuration; resolves once it is ready. */
export async function serveWithWrangler(siteDir: string): Promise<WranglerSite> {
  const config = parse(readFileSync(join(PROJECT_ROOT, 'wrangler.jsonc'), 'utf8')) as {
    assets: Record<string, unknown>;
  };
  // Wrangler keeps its state next to the configuration: a folder of its own per run.
  const dir = mkdtempSync(join(tmpdir(), 'rotativa-wrangler-'));
  const configFile = join(dir, 'wrangler.json');
  writeFileSync(
    configFile,
    JSON.stringify({ ...config, assets: { ...config.assets, directory: siteDir } }),
  );
  const port = await freePort();
  const child = spawn(
    join(PROJECT_ROOT, 'node_modules/.bin/wrangler'),
    ['dev', '--config', configFile, '--ip', '127.0.0.1', '--port', String(port)],
    {
      cwd: dir,
      env: {
        ...process.env,
        CI: 'true',
        WRANGLER_SEND_METRICS: 'false',
        WRANGLER_LOG_PATH: join(dir, 'logs'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready on http/.test(output)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`wrangler dev exited (${code}):\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
