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
  on: { push?: { branches?: string[] }; pull_request?: unknown };
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
const build = workflow.jobs['build'];
const deploy = workflow.jobs['deploy'];
const ON_MAIN = "github.event_name == 'push' && github.ref == 'refs/heads/main'";

/** Position of the first step of `job` that satisfies `match`. */
const indexOf = (job: Job | undefined, match: (step: Step) => boolean) =>
  job?.steps.findIndex(match) ?? -1;
const usesAction = (action: string) => (step: Step) => step.uses?.split('@')[0] === action;
const runs = (command: string) => (step: Step) => step.run?.trim() === command;

describe(WORKFLOW_FILE, () => {
  it('runs on pushes to main and on pull requests', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('pull_request');
  });

  it('gives the token read-only access, and Pages rights to the deploy job alone', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    for (const [name, job] of jobs)
      if (name !== 'deploy') expect(job.permissions, name).toBeUndefined();
  });

  it('pins every action to a major version of an official action', () => {
    const actions = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/);
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
    const setup = build?.steps.find(usesAction('actions/setup-node'));
    expect(setup?.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
    expect(indexOf(build, usesAction('actions/setup-node'))).toBeLessThan(
      indexOf(build, (s) => s.run?.startsWith('npm ci') ?? false),
    );
  });

  it('checks the content, tests and builds, in that order, after install and the Astro cache', () => {
    const order = [
      indexOf(build, usesAction('actions/checkout')),
      indexOf(build, (s) => s.run?.startsWith('npm ci') ?? false),
      indexOf(build, usesAction('actions/cache')),
      indexOf(build, runs('npm run check')),
      indexOf(build, runs('npm test')),
      indexOf(build, runs('npm run build')),
      indexOf(build, usesAction('actions/upload-pages-artifact')),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('runs only npm scripts that package.json defines', () => {
    const scripts = steps.flatMap((step) =>
      [...(step.run ?? '').matchAll(/npm run (\S+)/g)].map((m) => m[1] ?? ''),
    );
    expect(scripts).toEqual(['check', 'build']);
    for (const script of [...scripts, 'test'])
      expect(packageScripts, script).toHaveProperty(script);
  });

  it('keeps the Astro content-layer cache between runs, keyed on the lock file and the content', () => {
    const cache = build?.steps.find(usesAction('actions/cache'));
    expect(cache?.with?.['path']).toBe('node_modules/.astro');
    expect(cache?.with?.['key']).toContain("hashFiles('package-lock.json')");
    expect(cache?.with?.['key']).toContain("hashFiles('content/**')");
    expect(cache?.with?.['restore-keys']).toBeTruthy();
  });

  it('gives the browser tests a Chromium before npm test', () => {
    const browser = indexOf(build, (s) => s.run?.includes('CHROMIUM_PATH=') ?? false);
    expect(browser).toBeGreaterThanOrEqual(0);
    expect(browser).toBeLessThan(indexOf(build, runs('npm test')));
  });

  it('uploads dist/ and deploys it with the Pages actions only on pushes to main', () => {
    const upload = build?.steps.find(usesAction('actions/upload-pages-artifact'));
    expect(upload?.with).toEqual({ path: 'dist' });
    expect(upload?.if).toBe(ON_MAIN);
    expect(deploy?.if).toBe(ON_MAIN);
    expect(deploy?.needs).toBe('build');
    expect(deploy?.environment?.name).toBe('github-pages');
    expect(deploy?.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
    expect(deploy?.environment?.url).toBe('${{ steps.deployment.outputs.page_url }}');
    expect(deploy?.steps[0]?.id).toBe('deployment');
  });

  it('deploys one run at a time without cancelling a deploy, and cancels stale pull-request runs', () => {
    expect(deploy?.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(workflow.concurrency.group).toBe('${{ github.workflow }}-${{ github.ref }}');
    expect(workflow.concurrency['cancel-in-progress']).toBe(
      "${{ github.event_name == 'pull_request' }}",
    );
  });

  it('refers only to jobs and step ids that exist', () => {
    for (const [name, job] of jobs) {
      for (const needed of [job.needs ?? []].flat())
        expect(workflow.jobs, `${name} needs ${needed}`).toHaveProperty(needed);
      const ids = new Set(job.steps.map((step) => step.id));
      const text = JSON.stringify(job);
      for (const [, id] of text.matchAll(/steps\.([\w-]+)\./g))
        expect(ids.has(id), `${name}: steps.${id}`).toBe(true);
    }
  });
});
