/**
 * The feeds as real feed readers read them: Python's feedparser (the library most readers and aggregators use),
 * and the npm parsers feedparser and rss-parser. Each must read every entry's own date, the same instant the feed
 * states, in newest-first order, and the feed's own date; a parser that falls back to another element (as
 * feedparser once did with `dc:date`) shows up here as a different instant.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import FeedParser from 'feedparser';
import RssParser from 'rss-parser';
import { DIST } from './site.ts';

const ROOTS = [DIST, join(process.cwd(), 'dist-fixtures')].filter((root) => existsSync(join(root, 'index.html')));

/** What a feed states itself: its updated, and each entry's id and updated, in document order. */
function stated(xml: string): { updated: number; entries: { id: string; updated: number }[] } {
	const head = xml.slice(0, xml.indexOf('<entry>'));
	const entries = [...xml.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map(
		(m) => ({ id: m[1], updated: Date.parse(m[2]) }),
	);
	return { updated: Date.parse(head.match(/<updated>([^<]+)<\/updated>/)?.[1] ?? ''), entries };
}

const PYTHON = `
import calendar, json, sys, feedparser
d = feedparser.parse(sys.stdin.read())
t = lambda s: calendar.timegm(s) * 1000 if s else None
print(json.dumps({"bozo": bool(d.bozo), "updated": t(d.feed.get("updated_parsed")), "entries": [
  {"id": e.id, "updated": t(e.get("updated_parsed")), "published": t(e.get("published_parsed"))} for e in d.entries]}))
`;

/** Debian's Python, which has python3-feedparser (a Python of a version manager on PATH may not). */
const PYTHON_BIN = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** The feed as Python feedparser reads it. */
function pythonFeedparser(xml: string) {
	return JSON.parse(execFileSync(PYTHON_BIN, ['-c', PYTHON], { input: xml, encoding: 'utf8' })) as {
		bozo: boolean;
		updated: number;
		entries: { id: string; updated: number; published: number }[];
	};
}

/** The entries as npm feedparser reads them. */
function npmFeedparser(xml: string): Promise<{ guid: string; date: Date | null; pubdate: Date | null }[]> {
	return new Promise((resolve, reject) => {
		const items: { guid: string; date: Date | null; pubdate: Date | null }[] = [];
		const parser = new FeedParser({});
		parser.on('error', reject);
		parser.on('readable', () => {
			for (let item = parser.read(); item; item = parser.read()) items.push(item);
		});
		parser.on('end', () => resolve(items));
		Readable.from([xml]).pipe(parser);
	});
}

describe.each(ROOTS.map((root) => [root.split('/').pop(), root] as const))(
	'the feeds of %s in real feed readers',
	(_name, root) => {
		const files = ['feed.xml', ...readdirReports(root)];

		it('Python feedparser reads each entry’s own date and the feed’s, newest first', () => {
			for (const file of files) {
				const xml = readFileSync(join(root, file), 'utf8');
				const want = stated(xml);
				const got = pythonFeedparser(xml);
				expect(got.bozo, `${file}: feedparser found the feed malformed`).toBe(false);
				expect(got.updated, file).toBe(want.updated);
				expect(
					got.entries.map((e: { id: string }) => e.id),
					file,
				).toEqual(want.entries.map((e) => e.id));
				const dates = got.entries.map((e: { updated: number }) => e.updated);
				expect(dates, file).toEqual(want.entries.map((e) => e.updated));
				expect(
					got.entries.map((e: { published: number }) => e.published),
					file,
				).toEqual(dates);
				expect(dates, `${file}: newest first`).toEqual([...dates].sort((a, b) => b - a));
			}
		});

		it('npm feedparser and rss-parser read the same dates', async () => {
			for (const file of files) {
				const xml = readFileSync(join(root, file), 'utf8');
				const want = stated(xml).entries.map((e) => e.updated);
				const fp = await npmFeedparser(xml);
				expect(
					fp.map((i) => i.date?.getTime()),
					`${file}: npm feedparser`,
				).toEqual(want);
				expect(
					fp.map((i) => i.pubdate?.getTime()),
					`${file}: npm feedparser`,
				).toEqual(want);
				const rss = await new RssParser().parseString(xml);
				expect(
					rss.items.map((i) => Date.parse(i.isoDate ?? '')),
					`${file}: rss-parser`,
				).toEqual(want);
			}
		});
	},
);

/** The per-report feeds of a built site. */
function readdirReports(root: string): string[] {
	const reports = join(root, 'reports');
	return readdirSync(reports)
		.map((id) => `reports/${id}/feed.xml`)
		.filter((file) => existsSync(join(root, file)));
}
