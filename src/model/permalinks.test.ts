import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';
import { loadReport } from '../load/loadReport.ts';
import { comparePermalinks, writeManifest } from './permalinks.ts';
import type { ReportBundle } from './schema.ts';

const xiaomi = loadReport(XIAOMI_FIXTURE).bundle as ReportBundle;
const urls = xiaomi.changes.map((c) => `/reports/xiaomi-2021-12/changes/${c.id}/`);

/** A project folder holding the fixture report and a manifest of its change URLs, as `npm run permalinks` writes it. */
function project(): { root: string; folder: string } {
	const root = mkdtempSync(join(tmpdir(), 'reorg-permalinks-'));
	const folder = join(root, 'content', 'reports', 'xiaomi-2021-12');
	mkdirSync(folder, { recursive: true });
	cpSync(XIAOMI_FIXTURE, folder, { recursive: true });
	writeManifest(urls, join(root, 'content', 'permalinks.json'));
	return { root, folder };
}

/** The project with one change renamed, keeping its old id as a redirect or not. */
function projectWithRenamedChange(keepOldUrl: boolean): string {
	const { root, folder } = project();
	const file = join(folder, 'changes.yaml');
	const renamed = readFileSync(file, 'utf8').replace(
		'- id: youpin-to-xiaomi-china\n',
		`- id: youpin-joins-xiaomi-china\n${keepOldUrl ? '  formerIds: [youpin-to-xiaomi-china]\n' : ''}`,
	);
	writeFileSync(file, renamed);
	for (const name of ['article.mdx', 'claims.yaml']) {
		const path = join(folder, name);
		writeFileSync(
			path,
			readFileSync(path, 'utf8').replaceAll('youpin-to-xiaomi-china', 'youpin-joins-xiaomi-china'),
		);
	}
	return root;
}

function validateIn(root: string) {
	return spawnSync(process.execPath, [join(process.cwd(), 'src', 'cli', 'validate.ts')], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, REORG_CONTENT: '' },
	});
}

describe('permalinks are forever', () => {
	it('validates a project whose manifest has every change URL', () => {
		const result = validateIn(project().root);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	it('fails validation, and so the build, when a published change id disappears', () => {
		const result = validateIn(projectWithRenamedChange(false));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'the published permalink /reports/xiaomi-2021-12/changes/youpin-to-xiaomi-china/ no longer leads to a change',
		);
		expect(result.stderr).toContain('list it under formerIds');
	});

	it('accepts a renamed change that keeps its old id as a redirect', () => {
		const result = validateIn(projectWithRenamedChange(true));
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	it('treats former ids as live URLs', () => {
		const bundle = {
			...xiaomi,
			changes: xiaomi.changes.map((c, i) => (i === 0 ? { ...c, id: 'renamed', formerIds: [c.id] } : c)),
		};
		const { lost } = comparePermalinks([`/reports/xiaomi-2021-12/changes/${xiaomi.changes[0].id}/`], [bundle]);
		expect(lost).toEqual([]);
	});
});
