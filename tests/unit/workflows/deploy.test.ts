/**
 * Lint of `.github/workflows/deploy.yml`, offline: the YAML is parsed and its structure checked
 * against what the project needs of CI; `actionlint.test.ts` lints it with actionlint itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

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
  env?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean | string };
  steps: Step[];
}

interface Workflow {
  name: string;
  on: {
    push?: { branches?: string[] };
    pull_request?: unknown;
    workflow_dispatch?: { inputs: Record<string, { options?: string[]; default?: string }> };
    schedule?: { cron: string }[];
  };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress'?: boolean | string };
  env: Record<string, string>;
  jobs: Record<string, Job>;
}

/** A composite action's metadata (`action.yml`). */
interface CompositeAction {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: (Step & { shell?: string })[] };
}

const WORKFLOW_FILE = '.github/workflows/deploy.yml';
const DEPLOY_ACTION = './.github/actions/deploy-site';
const HOSTS = ['github-pages', 'netlify', 'cloudflare'];
/** A file of the project, by its path from the root. */
const projectFile = (path: string): string =>
  readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const workflow = yaml.load(projectFile(WORKFLOW_FILE)) as Workflow;
const packageScripts = (
  JSON.parse(projectFile('package.json')) as { scripts: Record<string, string> }
).scripts;
const deployAction = yaml.load(
  projectFile(`${DEPLOY_ACTION.slice(2)}/action.yml`),
) as CompositeAction;
const jobs = Object.entries(workflow.jobs);
const actionSteps = deployAction.runs.steps;
const steps = [...jobs.flatMap(([, job]) => job.steps), ...actionSteps];
const { plan, test, build } = workflow.jobs;
const DEPLOY_JOBS = ['deploy-content', 'deploy-code'] as const;
const deploys = DEPLOY_JOBS.map((name) => workflow.jobs[name]);

/** Position of the first step of `job` that satisfies `match`. */
const indexOf = (job: Job | undefined, match: (step: Step) => boolean) =>
  job?.steps.findIndex(match) ?? -1;
const usesAction = (action: string) => (step: Step) => step.uses?.split('@')[0] === action;
const runs = (command: string) => (step: Step) => step.run?.trim() === command;
const needsOf = (job: Job | undefined) => [job?.needs ?? []].flat();

/** Runs a step's script with bash as the runner would; returns its exit code and outputs. */
function runScript(script: string, env: Record<string, string>, cwd: string) {
  const outputFile = join(cwd, '.github-output');
  writeFileSync(outputFile, '');
  // The runner's own shell for `run:` steps.
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', GITHUB_OUTPUT: outputFile, ...env },
  });
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { status: result.status, stdout: result.stdout, outputs };
}

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

  it('pins every action to a major version of an official action, or uses our deploy action', () => {
    const actions = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions.filter((uses) => uses !== DEPLOY_ACTION))
      expect(action).toMatch(/^actions\/[a-z/-]+@v\d+$/);
    expect(deployAction.runs.using).toBe('composite');
    for (const step of actionSteps.filter((s) => s.run)) expect(step.shell).toBe('bash');
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
    expect(compare).toContain(
      'git diff --name-only "$sha" HEAD | grep -v \'^content/\' > /dev/null',
    );
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
    expect(buildStep?.env).toEqual({
      ROTATIVA_NOW: '${{ steps.clock.outputs.now }}',
      ROTATIVA_REDIRECT_PAGES: "${{ env.DEPLOY_TARGET == 'github-pages' }}",
    });
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
    expect(String(cache?.with?.['path']).trim().split('\n')).toEqual([
      'node_modules/.astro',
      'dist',
    ]);
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

  it('uploads dist/ on main for the chosen host: the Pages artifact, or a plain one', () => {
    const pages = build?.steps.find(usesAction('actions/upload-pages-artifact'));
    expect(pages?.with).toEqual({ path: 'dist' });
    expect(pages?.if).toBe(
      "github.event_name != 'pull_request' && env.DEPLOY_TARGET == 'github-pages'",
    );
    const other = build?.steps.find(usesAction('actions/upload-artifact'));
    expect(other?.with?.['name']).toBe('site');
    expect(other?.with?.['path']).toBe('dist');
    // `_headers` and `_redirects` are not hidden, but a host may add dotfiles of its own.
    expect(other?.with?.['include-hidden-files']).toBe(true);
    expect(other?.if).toBe(
      "github.event_name != 'pull_request' && env.DEPLOY_TARGET != 'github-pages'",
    );
    expect(plan?.if).toBe("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'");
  });

  it('ships from both deploy jobs through the same action, to the environment named like the host', () => {
    for (const deploy of deploys) {
      expect(deploy?.environment).toEqual({
        name: '${{ needs.plan.outputs.target }}',
        url: '${{ steps.deploy.outputs.url }}',
      });
      const ids = deploy?.steps.map((step) => step.id ?? step.uses ?? step.name);
      expect(ids).toEqual(['head', 'actions/checkout@v5', 'deploy']);
      for (const step of deploy?.steps.slice(1) ?? [])
        expect(step.if).toBe("steps.head.outputs.latest == 'true'");
      const ship = deploy?.steps.find((step) => step.id === 'deploy');
      expect(ship?.uses).toBe(DEPLOY_ACTION);
      const given = Object.keys(ship?.with ?? {});
      expect(given.filter((input) => !(input in deployAction.inputs))).toEqual([]);
      for (const [input, spec] of Object.entries(deployAction.inputs))
        if (spec.required) expect(given, input).toContain(input);
      expect(ship?.with).toMatchObject({
        target: '${{ needs.plan.outputs.target }}',
        clock: '${{ needs.build.outputs.clock }}',
      });
    }
    expect(deploys[0]?.steps).toEqual(deploys[1]?.steps);
  });

  it("deploys with each host's own tool and secrets", () => {
    const step = (id: string) => actionSteps.find((s) => s.id === id);
    expect(step('pages')?.uses).toBe('actions/deploy-pages@v4');
    expect(step('pages')?.if).toBe("inputs.target == 'github-pages'");
    const netlify = step('netlify');
    expect(netlify?.if).toBe("inputs.target == 'netlify'");
    expect(netlify?.run).toContain('netlify-cli@');
    expect(netlify?.run).toContain('deploy --prod --no-build --dir dist');
    expect(Object.keys(netlify?.env ?? {}).sort()).toEqual([
      'NETLIFY_AUTH_TOKEN',
      'NETLIFY_SITE_ID',
    ]);
    const cloudflare = step('cloudflare');
    expect(cloudflare?.if).toBe("inputs.target == 'cloudflare'");
    // The wrangler the e2e test ran is the one that deploys.
    expect(cloudflare?.run).toContain(
      `wrangler@$(jq -r '.packages["node_modules/wrangler"].version' package-lock.json)" deploy`,
    );
    expect(Object.keys(cloudflare?.env ?? {})).toEqual(
      expect.arrayContaining(['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID']),
    );
    const node = actionSteps.findIndex(usesAction('actions/setup-node'));
    expect(actionSteps[node]?.with).toEqual({ 'node-version-file': '.nvmrc' });
    expect(actionSteps[node]?.if).toBe("inputs.target != 'github-pages'");
    expect(node).toBeLessThan(actionSteps.indexOf(netlify as Step));
    const download = actionSteps.findIndex(usesAction('actions/download-artifact'));
    const limit = actionSteps.findIndex((s) => s.name === "Fit Cloudflare's file limit");
    const wrangler = actionSteps.indexOf(cloudflare as Step);
    expect(download).toBeGreaterThanOrEqual(0);
    expect(download).toBeLessThan(limit);
    expect(limit).toBeLessThan(wrangler);
    expect(actionSteps[download]?.with).toEqual({ name: 'site', path: 'dist' });
    expect(actionSteps[download]?.if).toBe("inputs.target != 'github-pages'");
    const secrets = JSON.stringify(deploys[0]?.steps);
    for (const name of [
      'NETLIFY_AUTH_TOKEN',
      'NETLIFY_SITE_ID',
      'CLOUDFLARE_API_TOKEN',
      'CLOUDFLARE_ACCOUNT_ID',
    ])
      expect(secrets).toContain(`secrets.${name}`);
  });

  it("records the deploy's clock, commit and host for the scheduled runs, after deploying", () => {
    const record = actionSteps.findIndex(
      (s) => s.name === 'Record the deploy for the scheduled runs',
    );
    const save = actionSteps.findIndex(usesAction('actions/cache/save'));
    const lastDeployStep = Math.max(
      ...['pages', 'netlify', 'cloudflare'].map((id) => actionSteps.findIndex((s) => s.id === id)),
    );
    expect(record).toBeGreaterThan(lastDeployStep);
    expect(save).toBeGreaterThan(record);
    expect(actionSteps[record]?.run).toContain('"clock":"%s","sha":"%s","target":"%s"');
    expect(actionSteps[save]?.with).toEqual({
      path: '.deploy',
      key: 'last-deploy-${{ github.run_id }}',
    });
    const restore = plan?.steps.find(usesAction('actions/cache/restore'));
    expect(restore?.with?.['restore-keys']).toBe('last-deploy-');
    expect(deployAction.outputs['url']?.value).toContain('steps.pages.outputs.page_url');
  });

  it('deploys one run at a time without cancelling a deploy, and cancels stale pull-request runs', () => {
    for (const deploy of deploys)
      expect(deploy?.concurrency).toEqual({ group: 'deploy', 'cancel-in-progress': false });
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

describe("the workflow's scripts, run with bash", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deploy-workflow-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const planScript = (id: string) => plan?.steps.find((step) => step.id === id)?.run ?? '';

  it('takes the host from a manual run, else DEPLOY_TARGET, else GitHub Pages, and refuses others', () => {
    expect(workflow.on.workflow_dispatch?.inputs['target']).toMatchObject({
      options: ['from-variable', ...HOSTS],
      default: 'from-variable',
    });
    expect(workflow.env['DEPLOY_TARGET']).toBe(
      "${{ (inputs.target != 'from-variable' && inputs.target) || vars.DEPLOY_TARGET || 'github-pages' }}",
    );
    expect(plan?.outputs?.['target']).toBe('${{ steps.target.outputs.target }}');
    for (const host of HOSTS)
      expect(runScript(planScript('target'), { DEPLOY_TARGET: host }, dir).outputs).toEqual({
        target: host,
      });
    const wrong = runScript(planScript('target'), { DEPLOY_TARGET: 'vercel' }, dir);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toContain('::error::DEPLOY_TARGET "vercel"');
  });

  describe('comparing main with the last deploy', () => {
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir });
    const commit = (path: string) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), path);
      git('add', '.');
      git('commit', '-q', '-m', path);
      return spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
    };
    const record = (sha: string, target?: string) => {
      mkdirSync(join(dir, '.deploy'), { recursive: true });
      writeFileSync(
        join(dir, '.deploy/last-deploy.json'),
        JSON.stringify({ clock: '2026-12-04T06:00:00Z', sha, ...(target ? { target } : {}) }),
      );
    };
    const compare = (target = 'github-pages') =>
      runScript(planScript('changes'), { DEPLOY_TARGET: target }, dir).outputs;
    beforeEach(() => {
      git('init', '-q');
      writeFileSync(join(dir, '.gitignore'), '.deploy\n.github-output\n');
    });

    it('lets a content-only change skip the tests, from the deployed clock', () => {
      const deployed = commit('src/a.ts');
      record(deployed, 'github-pages');
      commit('content/articles/b.md');
      expect(compare()).toEqual({ 'tests-first': 'false', since: '2026-12-04T06:00:00Z' });
    });

    it('sends a change to code through the tests', () => {
      const deployed = commit('content/articles/a.md');
      record(deployed);
      commit('content/articles/b.md');
      commit('src/c.ts');
      expect(compare()).toEqual({ 'tests-first': 'true', since: '2026-12-04T06:00:00Z' });
    });

    it('sends a change to code through the tests however long the list of changed files', () => {
      const deployed = commit('content/articles/a.md');
      record(deployed);
      // More names than a pipe holds: a reader that stops early would break the writer's pipe.
      for (let i = 0; i < 2000; i += 1)
        writeFileSync(join(dir, `content/articles/articolo-con-un-nome-lungo-${i}.md`), '');
      // Listed first, so a `grep -q` would stop reading at once.
      commit('astro.config.mjs');
      expect(compare()['tests-first']).toBe('true');
    });

    it('treats a record of another host, or none, as no deploy at all', () => {
      const deployed = commit('content/articles/a.md');
      record(deployed, 'github-pages');
      commit('content/articles/b.md');
      expect(compare('cloudflare')).toEqual({ 'tests-first': 'true', since: '' });
      rmSync(join(dir, '.deploy'), { recursive: true });
      expect(compare()).toEqual({ 'tests-first': 'true', since: '' });
    });
  });

  it("stops a Cloudflare deploy over the plan's file limit before uploading anything", () => {
    const guard = actionSteps.find((step) => step.name === "Fit Cloudflare's file limit");
    mkdirSync(join(dir, 'dist/articoli'), { recursive: true });
    for (const name of [
      'index.html',
      '_headers',
      '_redirects',
      'articoli/a.html',
      'articoli/b.html',
    ])
      writeFileSync(join(dir, 'dist', name), '');
    expect(guard?.env).toEqual({ LIMIT: '${{ inputs.cloudflare-file-limit }}' });
    expect(runScript(guard?.run ?? '', { LIMIT: '3' }, dir).status).toBe(0);
    const over = runScript(guard?.run ?? '', { LIMIT: '2' }, dir);
    expect(over.status).not.toBe(0);
    expect(over.stdout).toContain('::error::Il sito ha 3 file, più dei 2');
  });
});
