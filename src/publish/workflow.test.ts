import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A step of a GitHub Actions job. */
interface Step {
	id?: string;
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}

/** The parts of a GitHub Actions workflow these tests read. */
interface Job {
	if?: string;
	needs?: string;
	steps: Step[];
	'timeout-minutes'?: number;
}
interface Workflow {
	name: string;
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, Job>;
}

const read = (name: string) =>
	parse(readFileSync(join(process.cwd(), '.github', 'workflows', name), 'utf8'), {
		strict: true,
		uniqueKeys: true,
	}) as Workflow;
const workflow = read('deploy.yml');
const ci = read('ci.yml');
const steps: Step[] = workflow.jobs.build.steps;
const at = (match: (s: Step) => boolean) => steps.findIndex(match);

describe('the GitHub Pages workflow', () => {
	it('is valid YAML with the permissions Pages needs, and runs only after CI passed on a push to main', () => {
		expect(workflow.on.push).toBeUndefined();
		expect(workflow.on.workflow_run).toEqual({ workflows: [ci.name], types: ['completed'], branches: ['main'] });
		expect(workflow.jobs.build.if).toContain("github.event.workflow_run.conclusion == 'success'");
		expect(workflow.jobs.build.if).toContain("github.event.workflow_run.event == 'push'");
		expect(steps[0].with?.ref).toContain('github.event.workflow_run.head_sha');
		expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write', contents: 'read' });
		expect(workflow.jobs.deploy.needs).toBe('build');
		expect(workflow.jobs.deploy.steps.map((s: Step) => s.uses)).toEqual(['actions/deploy-pages@v4']);
	});

	it('installs, restores the diagram cache after npm ci (which empties node_modules), builds and uploads dist', () => {
		const ci = at((s) => s.run === 'npm ci');
		const cache = at((s) => s.uses?.startsWith('actions/cache@') ?? false);
		const build = at((s) => s.run === 'npm run build');
		const upload = at((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
		expect(ci).toBeGreaterThanOrEqual(0);
		expect(ci < cache && cache < build && build < upload).toBe(true);
		expect(steps[cache].with?.path).toBe('node_modules/.cache/reorg-lens');
		expect(steps[cache].with?.key).toMatch(/hashFiles\('package-lock\.json', 'content\/\*\*'/);
		expect(steps[upload].with?.path).toBe('dist');
	});

	it('builds with the public URL of the Pages site, so no local host and the right base path', () => {
		const build = steps.find((s) => s.run === 'npm run build');
		expect(build?.env?.SITE_URL).toContain('steps.pages.outputs.base_url');
		expect(steps.some((s) => s.id === 'pages' && s.uses?.startsWith('actions/configure-pages@'))).toBe(true);
	});

	it('uses actions pinned to a major version', () => {
		const all = [...steps, ...workflow.jobs.deploy.steps, ...ci.jobs.test.steps];
		for (const uses of all.map((s: Step) => s.uses).filter(Boolean))
			expect(uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
	});
});

describe('the CI workflow', () => {
	const ciSteps: Step[] = ci.jobs.test.steps;

	it('runs on every push and pull request', () => {
		expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
		expect(ci.on.push).toBeNull();
		expect(ci.on.pull_request).toBeNull();
	});

	it('runs exactly .ci/run in the checkout, with ../shared beside it, as root on Debian within the 90-minute limit', () => {
		const checkouts = ciSteps.filter((s) => s.uses?.startsWith('actions/checkout@'));
		expect(checkouts.map((s) => s.with?.path)).toEqual(['reorg-lens', 'shared']);
		const run = ciSteps.find((s) => s.run !== undefined);
		expect(run?.run).toBe('bash .ci/run');
		expect((run as Step & { 'working-directory'?: string })['working-directory']).toBe('reorg-lens');
		expect(JSON.stringify(ci.jobs.test)).toContain('"node:22-bookworm"');
		expect(ci.jobs.test['timeout-minutes']).toBeLessThanOrEqual(90);
	});
});
