/**
 * Structure of `.github/workflows/build-sharded.yml`, the fan-out sketch: a matrix of shard
 * builds sharing one clock, each uploading its output with its stamp, and a merge job after all
 * of them, every shard starting from one content pass. `actionlint.test.ts` lints it.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Job {
  needs?: string | string[];
  strategy?: { matrix: Record<string, unknown> };
  env?: Record<string, string>;
  steps: Step[];
}

const workflow = yaml.load(
  readFileSync(new URL('../../../.github/workflows/build-sharded.yml', import.meta.url), 'utf8'),
) as { jobs: Record<string, Job> };
const { plan, content, shard, merge } = workflow.jobs;

describe('build-sharded workflow', () => {
  it('runs the content pass once and gives its cache to every shard', () => {
    expect(content?.steps.some((step) => step.run === 'npx astro sync')).toBe(true);
    expect(shard?.needs).toEqual(['plan', 'content']);
    const download = shard?.steps.find((step) =>
      step.uses?.startsWith('actions/download-artifact@'),
    );
    expect(download?.with).toEqual({
      name: 'content-layer',
      path: 'node_modules/.astro-${{ env.SHARD_DIR }}',
    });
  });

  it('builds one shard per matrix entry, all with the plan’s clock', () => {
    expect(shard?.strategy?.matrix['shard']).toBe('${{ fromJSON(needs.plan.outputs.shards) }}');
    const build = shard?.steps.find((step) => step.run?.includes('npm run build'));
    expect(build?.run).toContain('--shard "$SHARD"');
    expect(build?.env?.['ROTATIVA_NOW']).toBe('${{ needs.plan.outputs.now }}');
    expect(plan?.steps[0]?.run).toContain('seq 1 "$count"');
  });

  it('uploads each shard with its stamp, a dot file', () => {
    const upload = shard?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['path']).toBe('${{ env.SHARD_DIR }}');
    expect(upload?.with?.['include-hidden-files']).toBe(true);
    expect(shard?.env?.['SHARD_DIR']).toBe(
      'dist-shard-${{ matrix.shard }}-of-${{ needs.plan.outputs.count }}',
    );
  });

  it('merges after every shard, from the downloaded artifacts', () => {
    expect(merge?.needs).toEqual(['plan', 'shard']);
    const download = merge?.steps.find((step) =>
      step.uses?.startsWith('actions/download-artifact@'),
    );
    expect(download?.with).toEqual({ pattern: 'shard-*', path: 'shards' });
    expect(merge?.steps.some((step) => step.run === 'npm run merge-shards -- shards/shard-*')).toBe(
      true,
    );
  });
});
