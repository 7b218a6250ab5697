import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import sax from 'sax';
import { builtFor, siteFiles, type BuiltSite } from './links.ts';
import { parseCsvStrict } from '../helpers/rfc4180.ts';
import { DIST } from './site.ts';
import type { DataIndexJson, ReportDataJson } from '../../src/publish/openData.ts';

/** The site and the hostile fixture build (`npm run build:fixtures`). */
const SITES = [DIST, join(process.cwd(), 'dist-fixtures')]
	.filter((root) => existsSync(join(root, 'index.html')))
	.map(builtFor);
const METASCHEMA = 'https://json-schema.org/draft/2020-12/schema';

/** The file of a built site that a same-site URL names. */
function fileAt(site: BuiltSite, url: string): string {
	const { origin, pathname } = new URL(url);
	expect(origin, url).toBe(site.origin);
	expect(pathname.startsWith(site.base), url).toBe(true);
	return join(site.root, decodeURIComponent(pathname.slice(site.base.length)));
}

/** Every published JSON file of a site; Pagefind's own index files are the search engine's, not published data. */
const jsonFiles = (site: BuiltSite) =>
	siteFiles(site.root).filter((f) => f.endsWith('.json') && !f.startsWith('pagefind/'));

describe.each(SITES.map((s) => [s.root.split('/').pop(), s] as const))('published JSON of %s', (_name, site) => {
	it('names its schema in $schema, and validates against it with ajv (draft 2020-12)', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		// ajv-formats is CommonJS: its plugin is the default export's `default` as TypeScript types it here.
		(addFormats.default as (ajv: Ajv2020) => Ajv2020)(ajv);
		const files = jsonFiles(site);
		const checked: string[] = [];
		for (const file of files) {
			const data = JSON.parse(readFileSync(join(site.root, file), 'utf8')) as { $schema?: string };
			expect(typeof data.$schema, `${file} has no $schema`).toBe('string');
			if (data.$schema === METASCHEMA) {
				// A schema file: it must itself be a valid draft 2020-12 schema.
				expect(file.startsWith('schemas/'), file).toBe(true);
				expect(ajv.validateSchema(data), `${file}: ${ajv.errorsText()}`).toBe(true);
				continue;
			}
			const schemaFile = fileAt(site, data.$schema ?? '');
			const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as { $id: string };
			expect(schema.$id, `${file}: the schema it names has another $id`).toBe(data.$schema);
			const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
			const valid = validate(data);
			expect(
				valid,
				`${file} fails ${data.$schema}:\n${(validate.errors ?? [])
					.slice(0, 10)
					.map((e) => `  ${e.instancePath} ${e.message}`)
					.join('\n')}`,
			).toBe(true);
			checked.push(file);
		}
		console.log(
			`${site.root}: ${files.length} JSON files, ${checked.length} validated against published data schemas`,
		);
		expect(checked).toEqual(expect.arrayContaining(['data/index.json']));
		expect(checked.filter((f) => f.endsWith('oembed.json')).length).toBeGreaterThan(0);
	});

	it('lists the published schemas apart from the input-file schemas, all of them present', () => {
		const index = JSON.parse(readFileSync(join(site.root, 'data', 'index.json'), 'utf8')) as DataIndexJson;
		expect(Object.keys(index.schemas.published).sort()).toEqual(['index', 'oembed', 'report']);
		expect(Object.keys(index.schemas.inputFiles)).toContain('changes.yaml');
		for (const url of [
			...Object.values(index.schemas.published),
			...Object.values(index.schemas.inputFiles),
		] as string[])
			expect(existsSync(fileAt(site, url)), url).toBe(true);
		for (const report of index.reports)
			expect((JSON.parse(readFileSync(fileAt(site, report.json), 'utf8')) as ReportDataJson).$schema).toBe(
				index.schemas.published.report,
			);
	});

	it('writes each CSV so a strict RFC 4180 reader accepts it, with no cell a spreadsheet would run', () => {
		const csvs = siteFiles(site.root).filter((f) => f.endsWith('-changes.csv'));
		expect(csvs.length).toBeGreaterThan(0);
		for (const file of csvs) {
			const [header, ...rows] = parseCsvStrict(readFileSync(join(site.root, file), 'utf8'));
			expect(header.slice(0, 10)).toEqual([
				'id',
				'permalink',
				'kind',
				'title',
				'date_earliest',
				'date_latest',
				'date_precision',
				'date_ambiguous',
				'date_approximate',
				'date_text',
			]);
			for (const row of rows) {
				for (const cell of row) expect(cell, `${file}: ${row[0]}`).not.toMatch(/^[=+\-@\t\r]/);
				expect(row[header.indexOf('date_earliest')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(row[header.indexOf('date_latest')] >= row[header.indexOf('date_earliest')]).toBe(true);
			}
		}
	});
});

/** The elements of an XML document, read by sax in strict mode, which throws on anything not well-formed. */
interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	text: string;
	children: XmlElement[];
}

function parseXml(xml: string): XmlElement {
	const parser = sax.parser(true, { xmlns: false });
	const root: XmlElement = { name: '#document', attributes: {}, text: '', children: [] };
	const stack = [root];
	parser.onerror = (error) => {
		throw error;
	};
	parser.onopentag = (tag) => {
		const element: XmlElement = {
			name: tag.name,
			attributes: tag.attributes as Record<string, string>,
			text: '',
			children: [],
		};
		stack.at(-1)?.children.push(element);
		stack.push(element);
	};
	parser.onclosetag = () => void stack.pop();
	parser.ontext = (text) => {
		const top = stack.at(-1);
		if (top) top.text += text;
	};
	parser.write(xml).close();
	return root.children[0];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const only = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

/** The RFC 4287 rules a feed reader relies on; returns the entries' ids in order. */
function checkAtom(xml: string, file: string): { ids: string[]; dates: string[] } {
	const feed = parseXml(xml);
	expect(feed.name, file).toBe('feed');
	expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
	for (const name of ['id', 'title', 'updated']) expect(only(feed, name), `${file}: one <${name}>`).toHaveLength(1);
	expect(only(feed, 'updated')[0].text).toMatch(RFC3339);
	expect(only(feed, 'author').length, `${file}: a feed-level author covers every entry`).toBeGreaterThan(0);
	expect(only(feed, 'link').filter((l) => l.attributes.rel === 'self')).toHaveLength(1);
	const entries = only(feed, 'entry');
	expect(entries.length).toBeGreaterThan(0);
	for (const entry of entries) {
		for (const name of ['id', 'title', 'published', 'updated'])
			expect(only(entry, name), `${file}: an entry with one <${name}>`).toHaveLength(1);
		expect(only(entry, 'updated')[0].text).toMatch(RFC3339);
		expect(only(entry, 'published')[0].text).toMatch(RFC3339);
		expect(
			only(entry, 'link').filter((l) => (l.attributes.rel ?? 'alternate') === 'alternate' && l.attributes.href),
		).toHaveLength(1);
		expect(
			only(entry, 'summary').length + only(entry, 'content').length,
			`${file}: an entry with a summary`,
		).toBeGreaterThan(0);
	}
	const ids = entries.map((e) => only(e, 'id')[0].text);
	expect(new Set(ids).size, `${file}: entry ids are unique`).toBe(ids.length);
	const dates = entries.map((e) => only(e, 'updated')[0].text);
	// The feed changed when its newest entry did, or later (a report added with older changes).
	expect(Date.parse(only(feed, 'updated')[0].text), file).toBeGreaterThanOrEqual(Math.max(...dates.map(Date.parse)));
	return { ids, dates };
}

describe.each(SITES.map((s) => [s.root.split('/').pop(), s] as const))('feeds of %s', (_name, site) => {
	const feeds = siteFiles(site.root).filter((f) => f === 'feed.xml' || /^reports\/[^/]+\/feed\.xml$/.test(f));

	it('are well-formed Atom, with permanent tag: ids that name no host', () => {
		expect(feeds).toContain('feed.xml');
		for (const file of feeds) {
			const xml = readFileSync(join(site.root, file), 'utf8');
			const { ids } = checkAtom(xml, file);
			for (const id of [...ids, parseXml(xml).children.find((c) => c.name === 'id')?.text ?? '']) {
				expect(id).toMatch(/^tag:reorg-lens,2026:[\w/.-]+$/);
				expect(id).not.toContain(new URL(site.origin).hostname);
			}
		}
	});

	it('run newest change first by Atom’s own dates, with no other date element and no day invented from a year', () => {
		for (const file of feeds) {
			const xml = readFileSync(join(site.root, file), 'utf8');
			const { dates } = checkAtom(xml, file);
			const instants = dates.map(Date.parse);
			expect(instants, file).toEqual([...instants].sort((a, b) => b - a));
			expect(xml, file).not.toContain('dc:date');
			expect(xml, file).not.toMatch(/-01-01T00:00:00Z/);
		}
	});

	it('has a feed per report holding the same entries, with the same ids, as the site feed', () => {
		const site_ = checkAtom(readFileSync(join(site.root, 'feed.xml'), 'utf8'), 'feed.xml').ids;
		const per = feeds
			.filter((f) => f !== 'feed.xml')
			.flatMap((f) => checkAtom(readFileSync(join(site.root, f), 'utf8'), f).ids);
		expect(per.length).toBeGreaterThan(0);
		expect([...per].sort()).toEqual([...site_].sort());
	});
});
