import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReport, listReportFolders } from '../load/loadReport.ts';
import { comparePermalinks, readManifest } from './permalinks.ts';
import type { ReportBundle } from './schema.ts';

const published = listReportFolders(join(process.cwd(), 'content', 'reports')).map(
	(f) => loadReport(f).bundle as ReportBundle,
);

/** A copy of the published content in a temporary project folder, with one change renamed. */
function projectWithRenamedChange(keepOldUrl: boolean): string {
	const root = mkdtempSync(join(tmpdir(), 'reorg-permalinks-'));
	mkdirSync(join(root, 'content'), { recursive: true });
	cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
	const file = join(root, 'content', 'reports', 'xiaomi-2021-12', 'changes.yaml');
	const renamed = readFileSync(file, 'utf8').replace(
		'- id: youpin-to-xiaomi-china\n',
		`- id: youpin-joins-xiaomi-china\n${keepOldUrl ? '  formerIds: [youpin-to-xiaomi-china]\n' : ''}`,
	);
	writeFileSync(file, renamed);
	for (const name of ['article.mdx', 'claims.yaml']) {
		const path = join(root, 'content', 'reports', 'xiaomi-2021-12', name);
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
	it('records every published change URL in the manifest', () => {
		expect(
			comparePermalinks(readManifest(join(process.cwd(), 'content', 'permalinks.json')), published).added,
		).toEqual([]);
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
			...published[0],
			changes: published[0].changes.map((c, i) => (i === 0 ? { ...c, id: 'renamed', formerIds: [c.id] } : c)),
		};
		const { lost } = comparePermalinks(
			[`/reports/xiaomi-2021-12/changes/${published[0].changes[0].id}/`],
			[bundle],
		);
		expect(lost).toEqual([]);
	});
});
