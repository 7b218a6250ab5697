import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../load/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE, XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';
import {
	CJK_FAMILY,
	cjkCharacters,
	cjkFontFace,
	cjkFontFor,
	fontCodePoints,
	reportCharacters,
	unicodeRange,
} from './cjkFont.ts';

const xiaomi = loadReport(XIAOMI_FIXTURE).bundle as ReportBundle;
const fixture = loadReport(FIXTURE).bundle as ReportBundle;
const tempCache = () => mkdtempSync(join(tmpdir(), 'reorg-lens-cjk-'));

describe('CJK characters', () => {
	it('finds ideographs, kana and CJK punctuation once each, in code point order, and leaves Latin text alone', () => {
		expect(cjkCharacters(['雷军 (Lei Jun) said “三年全球第一”，', 'ラオ 军'])).toEqual([
			'オ',
			'ラ',
			'一',
			'三',
			'全',
			'军',
			'年',
			'球',
			'第',
			'雷',
			'，',
		]);
		expect(cjkCharacters(['Xiaomi — “quoted” · café'])).toEqual([]);
	});

	it('collects every CJK character of a report: data, notes in the article, source notes', () => {
		const chars = reportCharacters([xiaomi]);
		for (const c of '雷军业务中台部大刀阔斧志象网') expect(chars).toContain(c);
		expect(reportCharacters([xiaomi, fixture]).length).toBeGreaterThan(chars.length);
	});

	it('lists the characters as unicode-range runs', () => {
		expect(unicodeRange(['丁', '一', '七', '一'])).toBe('U+4E00-4E01,U+4E03');
		expect(unicodeRange(['，'])).toBe('U+FF0C');
	});
});

describe('the CJK subset', () => {
	it('maps exactly the characters asked for, and is small', async () => {
		const chars = reportCharacters([xiaomi, fixture]);
		const font = await cjkFontFor(chars, tempCache());
		expect(font).toBeDefined();
		const covered = await fontCodePoints(font!.bytes);
		expect([...covered].sort((a, b) => a - b)).toEqual(chars.map((c) => c.codePointAt(0)));
		expect(font!.bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
		expect(font!.bytes.length).toBeLessThan(40_000);
		expect(font!.fileName).toMatch(/^noto-sans-sc-subset-[0-9a-f]{16}\.woff2$/);
	});

	it('is kept in the cache, with the hash of its bytes, and read back byte for byte', async () => {
		const dir = tempCache();
		const first = await cjkFontFor(['小', '米'], dir);
		const files = readdirSync(dir).sort();
		expect(files).toHaveLength(2);
		expect(files[1]).toBe(`${files[0]}.sha256`);
		expect(readFileSync(join(dir, files[0]))).toEqual(first!.bytes);
		const other = tempCache();
		const second = await cjkFontFor(['小', '米'], other);
		expect(second!.fileName).toBe(first!.fileName);
	});

	it('is absent when there is no CJK text', async () => {
		const dir = tempCache();
		expect(await cjkFontFor([], dir)).toBeUndefined();
		expect(existsSync(join(dir, 'x'))).toBe(false);
		expect(cjkFontFace(undefined)).toBe('');
	});

	it('fails, naming the character, when the source font has no glyph for it', async () => {
		await expect(cjkFontFor(['小', '\u{2A6A5}'], tempCache())).rejects.toThrow(
			/no glyph for \u{2A6A5} \(U\+2A6A5\)/u,
		);
	});

	it('is declared for readers at /fonts/ and inlined for build-time documents', async () => {
		const font = await cjkFontFor(['小', '米'], tempCache());
		const page = cjkFontFace(font);
		expect(page).toContain(`font-family:'${CJK_FAMILY}'`);
		expect(page).toContain(`src:url(/fonts/${font!.fileName}) format('woff2')`);
		expect(page).toContain('unicode-range:U+5C0F,U+7C73');
		expect(page).toContain(`:lang(zh){font-family:'${CJK_FAMILY}'`);
		const inline = cjkFontFace(font, 'inline');
		expect(inline).toContain(`src:url(data:font/woff2;base64,${font!.bytes.toString('base64')})`);
	});
});
