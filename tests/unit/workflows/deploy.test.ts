/**
 * Lint of `.github/workflows/deploy.yml`, offline: the YAML is parsed and its structure checked
 * against what the project needs of CI; `actionlint.test.ts` lints it with actionlint itself.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Job {
  name?: string;
  outputs?: Record<string, string>;
  'runs-on': string;
  'timeout-minutes'?: number;
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  concurrency?: { group: string; 'cancel-in-progress'?: boolean | string };
  steps: Step[];
}

interface Workflow {
  name: string;
  on: {
    push?: { branches?: string[] };
    pull_request?: unknown;
    workflow_dispatch?: unknown;
    schedule?: { cron: string }[];
  };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress'?: boolean | string };
  jobs: Record<string, Job>;
}

const WORKFLOW_FILE = '.github/workflows/deploy.yml';
/** A file of the project, by its path from the root. */
const projectFile = (path: string): string =>
  readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const workflow = yaml.load(projectFile(WORKFLOW_FILE)) as Workflow;
const packageScripts = (
  JSON.parse(projectFile('package.json')) as { scripts: Record<string, string> }
).scripts;
const jobs = Object.entries(workflow.jobs);
const steps = jobs.flatMap(([, job]) => job.steps);
const { plan, test, build } = workflow.jobs;
const DEPLOY_JOBS = ['deploy-content', 'deploy-code'] as const;
const deploys = DEPLOY_JOBS.map((name) => workflow.jobs[name]);

/** Position of the first step of `job` that satisfies `match`. */
const indexOf = (job: Job | undefined, match: (step: Step) => boolean) =>
  job?.steps.findIndex(match) ?? -1;
const usesAction = (action: string) => (step: Step) => step.uses?.split('@')[0] === action;
const runs = (command: string) => (step: Step) => step.run?.trim() === command;
const needsOf = (job: Job | undefined) => [job?.needs ?? []].flat();

/** Every job `name` waits for, directly or through another job. */
function waitsFor(name: string): Set<string> {
  const found = new Set<string>();
  const visit = (job: string) => {
    for (const needed of needsOf(workflow.jobs[job]))
      if (!found.has(needed)) {
        found.add(needed);
        visit(needed);
      }
  };
  visit(name);
  return found;
}

describe(WORKFLOW_FILE, () => {
  it('runs on pushes to main, pull requests, by hand and every 15 minutes', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.on.schedule).toEqual([{ cron: '*/15 * * * *' }]);
  });

  it('gives the token read-only access, and Pages rights to the deploy jobs alone', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const deploy of deploys)
      expect(deploy?.permissions).toEqual({
        contents: 'read',
        pages: 'write',
        'id-token': 'write',
      });
    for (const [name, job] of jobs)
      if (!(DEPLOY_JOBS as readonly string[]).includes(name))
        expect(job.permissions, name).toBeUndefined();
  });

  it('pins every action to a major version of an official action', () => {
    const actions = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action).toMatch(/^actions\/[a-z/-]+@v\d+$/);
  });

  it('gives every job a runner, a time limit and named or identified steps that do one thing', () => {
    for (const [name, job] of jobs) {
      expect(job['runs-on'], name).toBe('ubuntu-latest');
      expect(job['timeout-minutes'], name).toBeGreaterThan(0);
      for (const step of job.steps)
        expect(Boolean(step.uses) !== Boolean(step.run), JSON.stringify(step)).toBe(true);
    }
  });

  it('sets up Node from .nvmrc (22) with the npm cache, then installs with npm ci', () => {
    expect(projectFile('.nvmrc').trim()).toMatch(/^22(\.|$)/);
    for (const job of [plan, test, build]) {
      const setup = job?.steps.find(usesAction('actions/setup-node'));
      expect(setup?.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
      expect(indexOf(job, usesAction('actions/setup-node'))).toBeLessThan(
        indexOf(job, (s) => s.run?.startsWith('npm ci') ?? false),
      );
    }
  });

  it('orders the jobs: plan, then test and build side by side, then a deploy', () => {
    expect(needsOf(plan)).toEqual([]);
    expect(needsOf(test)).toEqual(['plan']);
    expect(needsOf(build)).toEqual(['plan']);
    expect(waitsFor('build').has('test')).toBe(false);
    expect([...waitsFor('deploy-content')].sort()).toEqual(['build', 'plan']);
    expect([...waitsFor('deploy-code')].sort()).toEqual(['build', 'plan', 'test']);
  });

  it('ships a content-only change without waiting for the tests, and code only after them', () => {
    const [content, code] = deploys;
    expect(plan?.outputs?.['tests-first']).toBe('${{ steps.changes.outputs.tests-first }}');
    expect(content?.if).toContain("needs.plan.outputs.tests-first == 'false'");
    expect(content?.if).not.toContain('needs.test');
    expect(code?.if).toContain("needs.plan.outputs.tests-first == 'true'");
    expect(code?.if).toContain("needs.test.result == 'success'");
    for (const deploy of deploys) expect(deploy?.if).toContain("needs.build.result == 'success'");
    const compare = plan?.steps.find((step) => step.id === 'changes')?.run ?? '';
    expect(compare).toContain('git diff --name-only "$sha" HEAD | grep -qv \'^content/\'');
  });

  it('builds on a schedule only when npm run due finds an article that became public', () => {
    const due = plan?.steps.find((step) => step.id === 'due');
    expect(due?.if).toBe("github.event_name == 'schedule'");
    expect(due?.run).toBe('npm run due -- --since "$SINCE"');
    const decide = plan?.steps.find((step) => step.id === 'decide');
    expect(decide?.run).toContain(
      "github.event_name != 'schedule' || steps.due.outputs.due == 'true'",
    );
    for (const job of [test, build])
      expect(job?.if).toContain("needs.plan.outputs.deploy == 'true'");
  });

  it("builds with its own clock, after install and the previous build's cache, then uploads", () => {
    const order = [
      indexOf(build, usesAction('actions/checkout')),
      indexOf(build, (s) => s.run?.startsWith('npm ci') ?? false),
      indexOf(build, usesAction('actions/cache')),
      indexOf(build, (s) => s.id === 'clock'),
      indexOf(build, runs('npm run build')),
      indexOf(build, usesAction('actions/upload-pages-artifact')),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const buildStep = build?.steps.find(runs('npm run build'));
    expect(buildStep?.env).toEqual({ ROTATIVA_NOW: '${{ steps.clock.outputs.now }}' });
    expect(indexOf(build, runs('npm test'))).toBe(-1);
  });

  it('runs only npm scripts that package.json defines', () => {
    const scripts = steps.flatMap((step) =>
      [...(step.run ?? '').matchAll(/npm run (\S+)/g)].map((m) => m[1] ?? ''),
    );
    expect(scripts.sort()).toEqual(['build', 'due']);
    for (const script of [...scripts, 'test'])
      expect(packageScripts, script).toHaveProperty(script);
  });

  it('restores the newest build cache of the same lock file, and saves one per run', () => {
    const cache = build?.steps.find(usesAction('actions/cache'));
    expect(cache?.with?.['path']).toBe('node_modules/.astro');
    expect(cache?.with?.['key']).toContain("hashFiles('package-lock.json')");
    expect(cache?.with?.['key']).toContain('github.run_id');
    expect(String(cache?.with?.['restore-keys']).trim()).toBe(
      "astro-${{ runner.os }}-${{ hashFiles('package-lock.json') }}-",
    );
  });

  it('gives the browser tests a Chromium before npm test', () => {
    const browser = indexOf(test, (s) => s.run?.includes('CHROMIUM_PATH=') ?? false);
    expect(browser).toBeGreaterThanOrEqual(0);
    expect(browser).toBeLessThan(indexOf(test, runs('npm test')));
  });

  it('uploads dist/ except on pull requests and deploys it with the Pages actions', () => {
    const upload = build?.steps.find(usesAction('actions/upload-pages-artifact'));
    expect(upload?.with).toEqual({ path: 'dist' });
    expect(upload?.if).toBe("github.event_name != 'pull_request'");
    expect(plan?.if).toBe("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'");
    for (const deploy of deploys) {
      expect(deploy?.environment?.name).toBe('github-pages');
      expect(deploy?.environment?.url).toBe('${{ steps.deployment.outputs.page_url }}');
      const ids = deploy?.steps.map((step) => step.id ?? step.uses ?? step.name);
      expect(ids?.slice(0, 2)).toEqual(['head', 'deployment']);
      expect(deploy?.steps.find((step) => step.id === 'deployment')?.uses).toBe(
        'actions/deploy-pages@v4',
      );
    }
  });

  it("records the deploy's clock and commit for the scheduled runs, after deploying", () => {
    for (const deploy of deploys) {
      const save = indexOf(deploy, usesAction('actions/cache/save'));
      expect(save).toBeGreaterThan(indexOf(deploy, (s) => s.id === 'deployment'));
      expect(deploy?.steps[save]?.with).toEqual({
        path: '.deploy',
        key: 'last-deploy-${{ github.run_id }}',
      });
    }
    const restore = plan?.steps.find(usesAction('actions/cache/restore'));
    expect(restore?.with?.['restore-keys']).toBe('last-deploy-');
  });

  it('deploys one run at a time without cancelling a deploy, and cancels stale pull-request runs', () => {
    for (const deploy of deploys)
      expect(deploy?.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(workflow.concurrency['cancel-in-progress']).toBe(
      "${{ github.event_name == 'pull_request' }}",
    );
  });

  it('refers only to jobs and step ids that exist', () => {
    for (const [name, job] of jobs) {
      for (const needed of needsOf(job))
        expect(workflow.jobs, `${name} needs ${needed}`).toHaveProperty(needed);
      const ids = new Set(job.steps.map((step) => step.id));
      const text = JSON.stringify(job);
      for (const [, id] of text.matchAll(/steps\.([\w-]+)\./g))
        expect(ids.has(id), `${name}: steps.${id}`).toBe(true);
    }
  });
});
