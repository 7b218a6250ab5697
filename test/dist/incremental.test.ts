import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** Every file under a folder, by path relative to it. */
function files(root: string, dir = root): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(root, path) : [relative(root, path)];
	});
}

/**
 * With REORG_INCREMENTAL=1, Astro copies a page from the previous build when its code and its key
 * (src/utils/pageKeys.ts) are unchanged. A key that left out something its page shows would publish a stale page, so
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
			env: { ...process.env, SITE_URL: 'http://localhost:4321', REORG_CONTENT: content, REORG_FIXTURES: '1', REORG_OUT_DIR: join(work, out), REORG_DIAGRAM_CACHE: join(work, 'cache', 'diagrams'), REORG_INCREMENTAL: incremental ? '1' : '0' },
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		expect(result.status, result.stderr.slice(-2000)).toBe(0);
		const written = result.stdout.split('\n').filter((line) => line.includes('├─'));
		return { all: written.length, rendered: written.filter((line) => !/\((?:restored|cached)\)/.test(line)).map((line) => line.split('├─')[1].trim().split(' ')[0]) };
	};

	it('re-renders only what the edit touches and equals a clean build', () => {
		const first = build('incremental', true);
		expect(first.rendered.length).toBe(first.all);
		// A unit that only the example report names, renamed.
		const units = join(content, 'acme-2031-06', 'units.yaml');
		writeFileSync(units, readFileSync(units, 'utf8').replace('name: Manufacturing Division', 'name: Manufacturing and Assembly Division'));
		const second = build('incremental', true);
		build('clean', false);

		const paths = files(join(work, 'clean')).sort();
		expect(files(join(work, 'incremental')).sort()).toEqual(paths);
		const differing = paths.filter((path) => !readFileSync(join(work, 'incremental', path)).equals(readFileSync(join(work, 'clean', path))));
		expect(differing).toEqual([]);

		expect(second.rendered).toContain('/reports/acme-2031-06/index.html');
		expect(second.rendered).toContain('/units/manufacturing/index.html');
		expect(second.rendered.filter((path) => path.startsWith('/reports/northwind-') && !path.endsWith('/feed.xml'))).toEqual([]);
		expect(second.rendered.length).toBeLessThan(second.all / 2);
	}, 600_000);
});
