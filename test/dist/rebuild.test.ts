import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Both suites build the site, and builds in one project share Astro's generated modules (.astro/), so they live in
// this one file, whose tests run one after another.

/** Every file under a folder, by path relative to it. */
function files(root: string, dir = root): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(root, path) : [relative(root, path)];
	});
}

/**
 * `npm run build:fixtures` built dist-fixtures/ (its diagrams and cards perhaps from the cache). Building the same
 * commit again with an empty diagram and card cache must give the same bytes in every file: pages, SVG, cards, data,
 * search index. A cached SVG was itself rendered cold by the same code, so equal bytes mean cold renders agree.
 */
describe('two builds of the same commit', () => {
	const first = join(process.cwd(), 'dist-fixtures');
	const work = mkdtempSync(join(tmpdir(), 'reorg-lens-rebuild-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('are byte-identical, the second with an empty cache', () => {
		if (!existsSync(first)) throw new Error(`${first} is missing: run \`npm run build:fixtures\` first`);
		const second = join(work, 'dist');
		// The fixture build's own settings, from package.json, with the output and the cache moved.
		const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
			.scripts['build:fixtures'];
		const settings = Object.fromEntries(
			[...script.matchAll(/\b([A-Z_]+)=(\S+)/g)].map(([, key, value]) => [key, value]),
		);
		const build = spawnSync('npm', ['run', '-s', 'build'], {
			env: {
				...process.env,
				...settings,
				REORG_OUT_DIR: second,
				REORG_DIAGRAM_CACHE: join(work, 'cache', 'diagrams'),
			},
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		expect(build.status, build.stderr.slice(-2000)).toBe(0);
		expect(readdirSync(join(work, 'cache', 'diagrams')).length).toBeGreaterThan(0);
		const paths = files(first).sort();
		expect(files(second).sort()).toEqual(paths);
		const differing = paths.filter(
			(path) => !readFileSync(join(first, path)).equals(readFileSync(join(second, path))),
		);
		expect(differing).toEqual([]);
	}, 300_000);
});

/**
 * With REORG_INCREMENTAL=1, Astro copies a page from the previous build when its code and its key
 * (src/site/pageKeys.ts) are unchanged. A key that left out something its page shows would publish a stale page, so
 * after an edit the incremental build must equal a clean build of the same content byte for byte, and it must have
 * rendered again only the pages of the edited report and those that list it.
 */
describe('an incremental build after an edit', () => {
	const work = mkdtempSync(join(tmpdir(), 'reorg-lens-incremental-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	const content = join(work, 'content');
	cpSync(join('test', 'fixtures', 'reports'), content, { recursive: true });
	cpSync(join('docs', 'example'), content, { recursive: true });

	const build = (out: string, incremental: boolean) => {
		const result = spawnSync('npm', ['run', '-s', 'build'], {
			env: {
				...process.env,
				SITE_URL: 'http://localhost:4321',
				REORG_CONTENT: content,
				REORG_FIXTURES: '1',
				REORG_OUT_DIR: join(work, out),
				REORG_DIAGRAM_CACHE: join(work, 'cache', 'diagrams'),
				REORG_INCREMENTAL: incremental ? '1' : '0',
			},
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		expect(result.status, result.stderr.slice(-2000)).toBe(0);
		const written = result.stdout
			.replace(/\x1b\[[0-9;]*m/g, '')
			.split('\n')
			.filter((line) => line.includes('├─'));
		return {
			all: written.length,
			rendered: written
				.filter((line) => !/\((?:restored|cached)\)/.test(line))
				.map((line) => line.split('├─')[1].trim().split(' ')[0]),
		};
	};

	it('re-renders only what the edit touches and equals a clean build', () => {
		const first = build('incremental', true);
		expect(first.rendered.length).toBe(first.all);
		// A unit that only the example report names, renamed.
		const units = join(content, 'acme-2031-06', 'units.yaml');
		writeFileSync(
			units,
			readFileSync(units, 'utf8').replace(
				'name: Manufacturing Division',
				'name: Manufacturing and Assembly Division',
			),
		);
		const second = build('incremental', true);
		build('clean', false);

		const paths = files(join(work, 'clean')).sort();
		expect(files(join(work, 'incremental')).sort()).toEqual(paths);
		const differing = paths.filter(
			(path) => !readFileSync(join(work, 'incremental', path)).equals(readFileSync(join(work, 'clean', path))),
		);
		expect(differing).toEqual([]);

		expect(second.rendered).toContain('/reports/acme-2031-06/index.html');
		expect(second.rendered).toContain('/units/manufacturing/index.html');
		expect(
			second.rendered.filter((path) => path.startsWith('/reports/northwind-') && !path.endsWith('/feed.xml')),
		).toEqual([]);
		expect(second.rendered.length).toBeLessThan(second.all / 2);
	}, 600_000);
});
