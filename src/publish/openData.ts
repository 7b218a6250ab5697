/**
 * The open data's contract. The published files (`/data/index.json`, `/data/<report>.json` and each change's
 * oEmbed JSON) are described by zod schemas here; their JSON Schemas are generated from them and published beside
 * the data under `/schemas/`, and every published file names its schema in a `$schema` property, a URL on the
 * same site. The input-file schemas (`report.schema.json` and the others, for the YAML of a report folder) stay
 * as they are; the index lists them apart, as input files.
 */
import { z } from 'astro/zod';
import { config } from '../config.ts';
import { allDiagrams } from '../diagrams/generate.ts';
import { checkClaims } from '../model/claims.ts';
import { jsonSchemas } from '../model/jsonSchemas.ts';
import { publishChanges, type PublishedChange } from '../model/publish.ts';
import {
	ChangeKind,
	Claim,
	Event,
	Id,
	Person,
	Position,
	Report,
	ReportingLine,
	type ReportBundle,
	Source,
	Unit,
} from '../model/schema.ts';
import {
	absoluteUrl,
	changesCsvPath,
	diagramSourcePath,
	feedPath,
	reportDataPath,
	reportPath,
	withBase,
} from '../urls.ts';
import { SITE_TITLE } from '../consts.ts';

/** An absolute URL on this site. */
const SiteUrl = z.url();

/** The `$schema` property every published file starts with. */
const SchemaRef = SiteUrl.describe('The URL of the JSON Schema this file follows, on the same site.');

/** A date as published: every reading, its precision and the wording readers see. */
const PublishedDate = z.strictObject({
	/** Every reading the sources allow, written YYYY, YYYY-MM or YYYY-MM-DD, earliest first. */
	readings: z.array(z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)).min(1),
	/** How precise the readings are. */
	precision: z.enum(['year', 'month', 'day']),
	/** True where the sources say "about" rather than a date. */
	approximate: z.boolean(),
	/** True when there is more than one reading. */
	ambiguous: z.boolean(),
	/** The date in words, for example "3 or 10 December 2021". */
	text: z.string(),
	/** What the sources say of the date, where it is looser or ambiguous. */
	note: z.string().optional(),
});

/** A reporting line as published, with its wording. */
const PublishedLine = z.strictObject({
	/** The reporting line's id in the report's data. */
	id: Id,
	/** The person, unit or position the line starts from. */
	from: Id,
	/** How `from` stands to `to`. */
	relation: ReportingLine.shape.relation,
	/** The person, unit or position the line goes to. */
	to: Id,
	/** The line in words, for example "Youpin is part of Xiaomi China". */
	text: z.string(),
});

/** A change as published: its data, its permanent URL, its date with precision, the lines before and after. */
const PublishedChangeSchema = z.strictObject({
	/** The change's id, also the last part of its permalink; never reused. */
	id: Id,
	/** The change's permanent page. */
	permalink: SiteUrl,
	/** What kind of change it is. */
	kind: ChangeKind,
	/** The change in one line, ours. */
	title: z.string(),
	/** The sentence of the report that states it, verbatim. */
	quote: z.string(),
	/** The reason the report gives, verbatim, when it gives one. */
	rationale: z.string().optional(),
	/** The article section that states it. */
	section: Id,
	/** When it took effect, with precision. */
	date: PublishedDate,
	/** The reporting lines it ends. */
	before: z.array(PublishedLine),
	/** The reporting lines it starts. */
	after: z.array(PublishedLine),
	/** The people involved, by id. */
	people: z.array(Id),
	/** The units involved, by id. */
	units: z.array(Id),
	/** stated, reported or inferred. */
	confidence: z.enum(['stated', 'reported', 'inferred']),
	/** The sources, by id. */
	sources: z.array(Id),
	/** Earlier ids of the change, whose URLs redirect to its permalink. */
	formerIds: z.array(Id),
});

// The schema and the model's type must describe the same object: this line stops the type check when they drift.
const _sameShape: z.infer<typeof PublishedChangeSchema> = {} as PublishedChange;
void _sameShape;

/** One report's open data (`/data/<report>.json`). */
export const ReportData = z.strictObject({
	$schema: SchemaRef,
	/** The report's metadata, with the URL of our annotated edition. */
	report: Report.extend({ article: SiteUrl.describe('The annotated edition on this site.') }),
	/** Every source that facts cite. */
	sources: z.array(Source),
	/** The people the report names. */
	people: z.array(Person),
	/** The units the report names. */
	units: z.array(Unit),
	/** Unnamed seats, counted. */
	positions: z.array(Position),
	/** Who or what reports to, belongs to or is led by whom. */
	reportingLines: z.array(ReportingLine),
	/** Dated context. */
	events: z.array(Event),
	/** Every change, in the report's order. */
	changes: z.array(PublishedChangeSchema),
	/** The article's countable claims, each with what the data says of it. */
	claims: z.array(
		Claim.extend({
			/** confirmed, not-checkable or contradicted by the data. */
			status: z.enum(['confirmed', 'not-checkable', 'contradicted']),
			/** Why, in a sentence or two. */
			why: z.string(),
		}),
	),
	/** The diagrams drawn from the data, each with the URL of its Mermaid source. */
	diagrams: z.array(z.strictObject({ id: z.string(), kind: z.string(), title: z.string(), source: SiteUrl })),
});

/** The open-data index (`/data/index.json`). */
export const DataIndex = z.strictObject({
	$schema: SchemaRef,
	/** Every published report. */
	reports: z.array(
		z.strictObject({
			/** The report's id. */
			id: Id,
			/** Its headline. */
			title: z.string(),
			/** Its publisher. */
			publisher: z.string(),
			/** When it was published, with precision. */
			published: Report.shape.published,
			/** Our annotated edition. */
			article: SiteUrl,
			/** Its open data, following report-data.schema.json. */
			json: SiteUrl,
			/** Its changes as CSV, one row a change. */
			csv: SiteUrl,
			/** The Atom feed of its changes. */
			feed: SiteUrl,
			/** How many changes it has. */
			changes: z.number().int().min(0),
		}),
	),
	/** The JSON Schemas: of the published files, and of the YAML input files of a report folder. */
	schemas: z.strictObject({
		/** The schema of each published JSON file, by file. */
		published: z.strictObject({ index: SiteUrl, report: SiteUrl, oembed: SiteUrl }),
		/** The schema of each input file of a report folder (report.yaml, changes.yaml …), by file name. */
		inputFiles: z.record(z.string(), SiteUrl),
	}),
});

/** An oEmbed response of type "rich" (oembed.com, section 2.3.4), for a change. */
export const OEmbed = z.strictObject({
	$schema: SchemaRef,
	/** Always "1.0". */
	version: z.literal('1.0'),
	/** Always "rich": an HTML frame of the embeddable page. */
	type: z.literal('rich'),
	/** The change's title. */
	title: z.string(),
	/** Who publishes the embedded page. */
	provider_name: z.literal(SITE_TITLE),
	/** The site's home page. */
	provider_url: SiteUrl,
	/** The frame to paste into a page. */
	html: z.string().regex(/^<iframe /),
	/** The frame's width in CSS pixels. */
	width: z.number().int().positive(),
	/** The frame's height in CSS pixels. */
	height: z.number().int().positive(),
	/** The change's share card. */
	thumbnail_url: SiteUrl,
	/** The share card's width. */
	thumbnail_width: z.literal(1200),
	/** The share card's height. */
	thumbnail_height: z.literal(630),
});

/** The published schemas, by file name under /schemas/. */
/** The published JSON files, as their readers (and the built-site tests) parse them. */
export type ReportDataJson = z.infer<typeof ReportData>;
export type DataIndexJson = z.infer<typeof DataIndex>;
export type OEmbedJson = z.infer<typeof OEmbed>;

const PUBLISHED_SCHEMAS = {
	'data-index.schema.json': { schema: DataIndex, title: `${SITE_TITLE} open-data index (/data/index.json)` },
	'report-data.schema.json': {
		schema: ReportData,
		title: `${SITE_TITLE} open data of one report (/data/<report>.json)`,
	},
	'oembed.schema.json': { schema: OEmbed, title: `${SITE_TITLE} oEmbed response of one change` },
} as const;

/** The public URL of a schema file under /schemas/. */
export const schemaUrl = (file: string, site = config.site) => absoluteUrl(withBase(`/schemas/${file}`), site);

/** Every published schema as formatted JSON text, keyed by file name; `$id` is its public URL. */
export function publishedSchemas(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [file, { schema, title }] of Object.entries(PUBLISHED_SCHEMAS)) {
		const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12' });
		out[file] = `${JSON.stringify({ ...json, $id: schemaUrl(file), title }, null, '\t')}\n`;
	}
	return out;
}

/** One report's open data, as `/data/<report>.json` publishes it. */
export function reportData(bundle: ReportBundle, site = config.site): z.infer<typeof ReportData> {
	return {
		$schema: schemaUrl('report-data.schema.json', site),
		report: { ...bundle.report, article: absoluteUrl(reportPath(bundle.report.id), site) },
		sources: bundle.sources,
		people: bundle.people,
		units: bundle.units,
		positions: bundle.positions,
		reportingLines: bundle.lines,
		events: bundle.events,
		changes: publishChanges(bundle, new URL(site)),
		claims: checkClaims(bundle).map(({ claim, status, why }) => ({ ...claim, status, why })),
		diagrams: allDiagrams(bundle).map((d) => ({
			id: d.id,
			kind: d.kind,
			title: d.title,
			source: absoluteUrl(diagramSourcePath(bundle.report.id, d.id), site),
		})),
	};
}

/** The open-data index, as `/data/index.json` publishes it. */
export function dataIndex(bundles: readonly ReportBundle[], site = config.site): z.infer<typeof DataIndex> {
	const abs = (link: string) => absoluteUrl(link, site);
	return {
		$schema: schemaUrl('data-index.schema.json', site),
		reports: bundles.map(({ report, changes }) => ({
			id: report.id,
			title: report.title,
			publisher: report.publisher,
			published: report.published,
			article: abs(reportPath(report.id)),
			json: abs(reportDataPath(report.id)),
			csv: abs(changesCsvPath(report.id)),
			feed: abs(feedPath(report.id)),
			changes: changes.length,
		})),
		schemas: {
			published: {
				index: schemaUrl('data-index.schema.json', site),
				report: schemaUrl('report-data.schema.json', site),
				oembed: schemaUrl('oembed.schema.json', site),
			},
			inputFiles: Object.fromEntries(
				Object.keys(jsonSchemas()).map((name) => [
					name.replace('.schema.json', '.yaml'),
					schemaUrl(name, site),
				]),
			),
		},
	};
}

/** Formats a published JSON file: two-space indentation and a final newline. */
export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
