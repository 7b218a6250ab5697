import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What an author who slips in an article meets in a build: the slips that once failed while pages rendered (a
 * diagram kind that is no kind, one the data does not draw, an unknown note kind) stop the build while it reads the
 * content, each with its line, all at once, and no output folder is written. The end-of-build check of other
 * failures is src/integrations/'s.
 */
describe('a build of an article with slips', () => {
	it('stops before any page, naming every slip with its line and column, and writes no output folder', () => {
		const root = mkdtempSync(join(tmpdir(), 'reorg-slips-'));
		const folder = join(root, 'northwind-2030-01');
		cpSync(join(process.cwd(), 'test', 'fixtures', 'reports', 'northwind-2030-01'), folder, { recursive: true });
		const article = readFileSync(join(folder, 'article.mdx'), 'utf8');
		writeFileSync(
			join(folder, 'article.mdx'),
			article
				.replace('<Para n={1}>', '<Diagram kind="bogus" />\n\n<Para n={1}>')
				.replace('<Note kind="term"', '<Note kind="terms"'),
		);
		const out = join(root, 'dist');
		const env = {
			...process.env,
			SITE_URL: 'http://localhost:4321',
			REORG_CONTENT: root,
			REORG_FIXTURES: '1',
			REORG_OUT_DIR: out,
		};
		const build = spawnSync('npx', ['astro', 'build'], { env, encoding: 'utf8' });
		const said = `${build.stdout}${build.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
		expect(build.status).toBe(1);
		expect(said).toContain('2 problems in the report data');
		expect(said).toMatch(/article\.mdx:3:1 <Diagram kind="bogus" \/> is not a kind of diagram/);
		expect(said).toMatch(/article\.mdx:33:1 <Note>: unknown kind "terms"/);
		expect(said).not.toMatch(/Generating static routes|MDXError/);
		expect(existsSync(out)).toBe(false);
	}, 120_000);
});
