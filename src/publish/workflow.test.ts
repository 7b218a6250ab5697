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

const workflow = parse(readFileSync(join(process.cwd(), '.github', 'workflows', 'deploy.yml'), 'utf8'), { strict: true, uniqueKeys: true });
const steps: Step[] = workflow.jobs.build.steps;
const at = (match: (s: Step) => boolean) => steps.findIndex(match);

describe('the GitHub Pages workflow', () => {
	it('is valid YAML with the permissions Pages needs, on pushes to main', () => {
		expect(workflow.on.push.branches).toEqual(['main']);
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
		for (const uses of [...steps, ...workflow.jobs.deploy.steps].map((s: Step) => s.uses).filter(Boolean)) expect(uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
	});
});
