/**
 * The batching of standard output preloaded into `astro build`: nothing is lost or reordered,
 * against standard error too, whether the process ends on its own or with `process.exit`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/build-site';

/** Runs `script` with the batching preloaded, both streams into one pipe. */
function runBatched(script: string): { output: string; status: number | null } {
  const preload = join(PROJECT_ROOT, 'scripts/lib/batched-stdout.mjs');
  const command = `"${process.execPath}" --import="${preload}" --input-type=module -e "$SCRIPT" 2>&1`;
  const result = spawnSync('sh', ['-c', command], {
    env: { ...process.env, SCRIPT: script },
    encoding: 'utf8',
  });
  return { output: result.stdout, status: result.status };
}

describe('batched-stdout', () => {
  it('writes every line, in order', () => {
    const { output, status } = runBatched(
      'for (let n = 0; n < 20000; n++) process.stdout.write(`riga ${n}\\n`);',
    );
    expect(status).toBe(0);
    const lines = output.trimEnd().split('\n');
    expect(lines).toHaveLength(20000);
    expect(lines.every((line, n) => line === `riga ${n}`)).toBe(true);
  });

  it('keeps standard output before a later standard error', () => {
    const { output } = runBatched(
      "console.log('prima'); console.error('errore'); console.log('dopo');",
    );
    expect(output).toBe('prima\nerrore\ndopo\n');
  });

  it('writes the kept lines when the process exits at once', () => {
    const { output, status } = runBatched(
      "process.stdout.write('ultima\\n', () => process.stdout.write('richiamata\\n')); setTimeout(() => process.exit(3), 0);",
    );
    expect(status).toBe(3);
    expect(output).toBe('ultima\nrichiamata\n');
  });

  it('writes strings in the encoding they are given', () => {
    const { output } = runBatched(
      "process.stdout.write('YWNjZW50aTogw6DDqMOsw7LDuQo=', 'base64');",
    );
    expect(output).toBe('accenti: àèìòù\n');
  });
});
