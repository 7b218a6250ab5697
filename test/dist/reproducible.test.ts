import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
		const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['build:fixtures'];
		const settings = Object.fromEntries([...script.matchAll(/\b([A-Z_]+)=(\S+)/g)].map(([, key, value]) => [key, value]));
		const build = spawnSync('npm', ['run', '-s', 'build'], {
			env: { ...process.env, ...settings, REORG_OUT_DIR: second, REORG_DIAGRAM_CACHE: join(work, 'cache', 'diagrams') },
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		expect(build.status, build.stderr.slice(-2000)).toBe(0);
		expect(readdirSync(join(work, 'cache', 'diagrams')).length).toBeGreaterThan(0);
		const paths = files(first).sort();
		expect(files(second).sort()).toEqual(paths);
		const differing = paths.filter((path) => !readFileSync(join(first, path)).equals(readFileSync(join(second, path))));
		expect(differing).toEqual([]);
	}, 300_000);
});
