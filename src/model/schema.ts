/**
 * The zod schemas of a report folder. Each data file under `content/reports/<id>/` is checked against one of
 * these; the TypeScript types of the model are inferred from them, and the published JSON Schemas are generated
 * from them, so this file is the single definition of the data format.
 */
import { z } from 'astro/zod';

/** A lower-case slug: the form of every id in a report folder. */
export const Id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "lu-weibing" (a-z, 0-9 and single dashes)');

/** A calendar date written as YYYY, YYYY-MM or YYYY-MM-DD; its length is its precision. */
export const PartialDate = z
	.string()
	.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be written YYYY, YYYY-MM or YYYY-MM-DD, for example "2021-12-10"')
	.refine(isRealDate, 'is not a date on the calendar (check the month and the day)');

function isRealDate(text: string): boolean {
	const [y, m, d] = text.split('-').map(Number);
	if (m === undefined) return true;
	if (m < 1 || m > 12) return false;
	if (d === undefined) return true;
	const probe = new Date(Date.UTC(y, m - 1, d));
	return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** A date known to its precision, possibly only approximately. */
export const ExactDate = z.strictObject({
	/** The date, as precise as the sources allow: "2021", "2021-12" or "2021-12-10". */
	value: PartialDate,
	/** True where the sources say "about", "late" or "early" rather than a date. */
	approximate: z.boolean().default(false),
	/** What the sources actually say, where it is looser than the value ("late November 2019"). */
	note: z.string().optional(),
});

/** A date that the sources leave ambiguous between two or more readings, all of which are shown. */
export const AmbiguousDate = z.strictObject({
	/** Every reading that the text allows, earliest first. */
	oneOf: z.array(PartialDate).min(2, 'an ambiguous date needs at least two readings'),
	/** Why the date is ambiguous, shown to readers beside it. */
	note: z.string().min(1),
});

/** A date with its precision: exact, approximate, or ambiguous between alternatives. */
export const FuzzyDate = z.union([ExactDate, AmbiguousDate]);

/** How a source stands to the facts it supports. */
export const SourceKind = z.enum(['report', 'secondary', 'analysis', 'unverified']);

/** A source that facts in the report folder cite. */
export const Source = z.strictObject({
	/** The id that data and annotations cite. */
	id: Id,
	/** report: the report itself; secondary: a repost, aggregator or wire copy ("reported by"); analysis: our inference; unverified: found in no source, never printed as fact. */
	kind: SourceKind,
	/** The name readers see, for example "Pandaily". */
	name: z.string().min(1),
	/** Where the source can be read, when known. */
	url: z.url().optional(),
	/** When the source was published, when known. */
	date: PartialDate.optional(),
	/** What the source says or, for analysis, the reasoning behind it. */
	note: z.string().optional(),
});

/** A section of the article under a heading of our own. */
export const Section = z.strictObject({
	/** The section's anchor in the article, as in `#international`. */
	id: Id,
	/** The editorial heading; it is ours, not the report's. */
	title: z.string().min(1),
});

/** The report's metadata (`report.yaml`). */
export const Report = z.strictObject({
	/** The report's id, equal to its folder name and used in its URL. */
	id: Id,
	/** The headline as the source text gives it. */
	title: z.string().min(1),
	/** The headline in 70 characters or fewer, ours, for share previews; needed when the headline is longer. */
	shortTitle: z
		.string()
		.min(1)
		.max(70, 'keep the short title within 70 characters, what a share preview shows in full')
		.optional(),
	/** Who published the report, for example "LatePost". */
	publisher: z.string().min(1),
	/** Where the report was published, when known. */
	url: z.url().optional(),
	/** The language of the text we publish, as a BCP 47 tag. */
	language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag such as "en"'),
	/** The language of the original report when ours is a translation. */
	translatedFrom: z.string().optional(),
	/** When the report was published, with its precision and how we know. */
	published: FuzzyDate,
	/** The sources that support the publication date. */
	publishedSources: z.array(Id).default([]),
	/** The file in this folder that holds the report's text, verbatim. */
	sourceText: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name inside the report folder'),
	/** A one-paragraph summary of the reorganization, ours, for listings and share cards. */
	summary: z.string().min(1),
	/** The summary in 200 characters or fewer, for share previews; needed when the summary is longer. */
	shortSummary: z
		.string()
		.min(1)
		.max(200, 'keep the short summary within 200 characters, what a share preview shows in full')
		.optional(),
	/** The article's sections in reading order. */
	sections: z.array(Section).min(1),
	/** True for test fixtures that validate and build but are never published. */
	fixture: z.boolean().default(false),
});

/** A title that a person held for a time. */
export const Role = z.strictObject({
	/** The title as the sources give it, for example "President of Xiaomi China". */
	title: z.string().min(1),
	/** The unit the role belongs to, when the data has it. */
	unit: Id.optional(),
	/** When the role began, when known. */
	from: FuzzyDate.optional(),
	/** When the role ended, when known. */
	to: FuzzyDate.optional(),
	/** The sources for this role. */
	sources: z.array(Id).min(1, 'cite at least one source for a role'),
});

/** A named person (`people.yaml`). */
export const Person = z.strictObject({
	/** A stable slug of the name, for example "lu-weibing"; also the person's URL. */
	id: Id,
	/** The name as the report writes it. */
	name: z.string().min(1),
	/** The name in Chinese characters, when a source gives it. */
	nameZh: z.string().optional(),
	/** Other names the same person goes by, for example "Zeng Xuezhong" for Adam Zeng. */
	aliases: z.array(z.string().min(1)).default([]),
	/** Titles over time. */
	roles: z.array(Role).default([]),
	/** The sources for the person's identity. */
	sources: z.array(Id).min(1, 'cite at least one source for a person'),
	/** The id of an earlier report that defines this same person: says on purpose that the id is shared. */
	sameAs: Id.optional(),
});

/** What kind of organisational unit a unit is. */
export const UnitKind = z.enum(['company', 'group', 'department', 'region', 'business-line']);

/** A name in Chinese with whether a source gives it. */
export const ChineseName = z.strictObject({
	/** The name in Chinese characters. */
	text: z.string().min(1),
	/** The source that gives it; omit when the name is only a plausible rendering, which is then not printed as sourced. */
	source: Id.optional(),
});

/** An organisational unit (`units.yaml`). */
export const Unit = z.strictObject({
	/** A stable slug, for example "international-business". */
	id: Id,
	/** The name as the report writes it, corrected only where it is a typo. */
	name: z.string().min(1),
	/** A shorter name for diagrams. */
	shortName: z.string().min(1).optional(),
	/** The name in Chinese, with its source. */
	nameZh: ChineseName.optional(),
	/** company, group, department, region or business-line. */
	kind: UnitKind,
	/** True for a unit that the reorganization creates. */
	created: z.boolean().default(false),
	/** The sources for the unit. */
	sources: z.array(Id).min(1, 'cite at least one source for a unit'),
	/** The id of an earlier report that defines this same unit: says on purpose that the id is shared. */
	sameAs: Id.optional(),
});

/** A seat that may have no named holder (`positions.yaml`). */
export const Position = z.strictObject({
	/** A stable slug, for example "lei-jun-direct-reports". */
	id: Id,
	/** What the seat is, for example "Senior executive reporting directly to Lei Jun". */
	title: z.string().min(1),
	/** A short name for diagrams, for example "Senior executives". */
	shortTitle: z.string().min(1).optional(),
	/** How many such seats there are; a group of unnamed seats is one entry with a count. */
	count: z.number().int().min(1).default(1),
	/** True for a group of people whose number the report does not give ("a group of staff"); leave count out. */
	sizeUnknown: z.boolean().default(false),
	/** The person in the seat, only when a source names them. */
	holder: Id.optional(),
	/** Why no holder is named, shown to readers. */
	note: z.string().optional(),
	/** The sources for the seat. */
	sources: z.array(Id).min(1, 'cite at least one source for a position'),
});

/** How one party stands to another in a reporting line. */
export const Relation = z.enum(['reports-to', 'part-of', 'leads', 'dotted-line-to']);

/** A reporting line (`reporting-lines.yaml`): who or what reports to whom, from when to when. */
export const ReportingLine = z.strictObject({
	/** A stable slug, for example "youpin-reports-to-lei-jun". */
	id: Id,
	/** The person, unit or position that reports, belongs or leads. */
	from: Id,
	/**
	 * reports-to (a person or a unit's head reports to a person), part-of (a unit within a unit: the one way the data
	 * says where a unit sits, so a change can start and end it), leads (a person heads a unit; two leads lines to one
	 * unit are co-leaders) or dotted-line-to (a second, dotted-line report beside the main one).
	 */
	relation: Relation,
	/** The person, unit or position reported to, belonged to or led. */
	to: Id,
	/** When the line began, when known. */
	start: FuzzyDate.optional(),
	/** When the line ended, when known. */
	end: FuzzyDate.optional(),
	/** True where the line is our inference rather than stated; it is then drawn and labelled as such. */
	inferred: z.boolean().default(false),
	/** True where the report leaves open whether the line continues after the changes: it is then never shown as continuing. */
	open: z.boolean().default(false),
	/** The sources for the line. */
	sources: z.array(Id).min(1, 'cite at least one source for a reporting line'),
});

/**
 * What kind of change a change is. Units: move, create, dissolve, rename, split, merge, restructure. People:
 * appointment, promotion, departure, stays, handover. Lines: reporting-line.
 */
export const ChangeKind = z.enum([
	'merge',
	'move',
	'reporting-line',
	'restructure',
	'handover',
	'appointment',
	'create',
	'dissolve',
	'rename',
	'split',
	'promotion',
	'departure',
	'stays',
]);

/** Whether a change has taken effect by the report's date or is announced for later. */
export const ChangeStatus = z.enum(['announced', 'in-effect']);

/** Something about a person or unit that the report leaves open, shown as open, never as continuing. */
export const OpenQuestion = z.strictObject({
	/** The person, unit or position (a group of people) it is about. */
	about: Id,
	/** fate (what becomes of a unit or person), leader (who leads a unit), other-roles (whether a person keeps other titles), reports-to (whom they report to) or size (how many people). */
	question: z.enum(['fate', 'leader', 'other-roles', 'reports-to', 'size']),
	/** What the report says or does not say, in our words, shown to readers. */
	note: z.string().min(1).optional(),
});

/** How sure the data is of a change. */
export const Confidence = z.enum(['stated', 'reported', 'inferred']);

/** A quotation that must occur verbatim in the report's text. */
export const Quote = z.string().min(8, 'a quote must be at least 8 characters, enough to find it in the text');

/** One change of the reorganization (`changes.yaml`). */
export const Change = z.strictObject({
	/** A readable slug that is never reused, for example "middle-platform-to-it"; it is the change's permalink. */
	id: Id,
	/** move, create, dissolve, rename, split, merge, restructure, appointment, promotion, departure, stays, handover or reporting-line (docs/adding-a-report.md has a template of each). */
	kind: ChangeKind,
	/** What changed, in one line of our own. */
	title: z.string().min(1).max(120, 'keep the title to one line (120 characters)'),
	/** The title in 70 characters or fewer, for share previews; needed when the title is longer. */
	shortTitle: z
		.string()
		.min(1)
		.max(70, 'keep the short title within 70 characters, what a share preview shows in full')
		.optional(),
	/** When the change was announced (or took effect, when the report gives only that), with its precision. */
	date: FuzzyDate,
	/** announced (planned, not yet in effect at the report's date: "will lead") or in-effect (done: "leads"). */
	status: ChangeStatus.default('in-effect'),
	/** When the change takes or took effect, with its precision, when the report gives a date apart from the announcement. */
	effective: FuzzyDate.optional(),
	/** For a rename: the unit's name before it; the unit's name in units.yaml is the new one. */
	formerName: z.string().min(1).optional(),
	/** For a promotion or appointment: the title the person takes, as the report gives it. */
	role: z.string().min(1).optional(),
	/** What the report leaves open about the people and units of this change. */
	open: z.array(OpenQuestion).default([]),
	/** The section of the article that states it. */
	section: Id,
	/** The sentence of the report that states it, verbatim. */
	quote: Quote,
	/** The reason the report gives, verbatim, when it gives one. */
	rationale: Quote.optional(),
	/** The people involved. */
	people: z.array(Id).default([]),
	/** The units involved. */
	units: z.array(Id).default([]),
	/** The reporting lines that the change ends. */
	ends: z.array(Id).default([]),
	/** The reporting lines that the change starts. */
	starts: z.array(Id).default([]),
	/** For a handover: the person who hands the business over. */
	handoverFrom: Id.optional(),
	/** stated (the report says it), reported (a secondary source says it) or inferred (our analysis). */
	confidence: Confidence,
	/** The sources for the change. */
	sources: z.array(Id).min(1, 'cite at least one source for a change'),
	/** A renamed change lists its earlier ids, which keep redirecting to it. */
	formerIds: z.array(Id).default([]),
});

/** A dated event that gives context to the changes (`events.yaml`). */
export const Event = z.strictObject({
	/** A stable slug, for example "car-announced". */
	id: Id,
	/** What happened, in one line. */
	title: z.string().min(1).max(120, 'keep the title to one line (120 characters)'),
	/** The title in fewer words, for the timeline; needed only where the title does not fit beside its date (the check says how many characters do). */
	shortTitle: z.string().min(1).max(120, 'keep the short title shorter than the title').optional(),
	/** When it happened, with its precision. */
	date: FuzzyDate,
	/** The sentence of the report that mentions it, when the report does. */
	quote: Quote.optional(),
	/** True for what happened after the report (an epilogue), which the timeline marks as such. */
	epilogue: z.boolean().default(false),
	/** The sources for the event. */
	sources: z.array(Id).min(1, 'cite at least one source for an event'),
});

/** How a claim is checked against the data. */
export const ClaimCheck = z.discriminatedUnion('type', [
	z.strictObject({
		/** Counts the handovers from a person in the days up to and including a change. */
		type: z.literal('handover-count'),
		/** The person who hands over. */
		person: Id,
		/** The change the count ends with. */
		until: Id,
		/** How many days back the window reaches ("within the last month" is 31). */
		days: z.number().int().min(1),
		/** The count the claim states. */
		expect: z.number().int().min(0),
	}),
	z.strictObject({
		/** Counts the seats that report directly to a person once every change has taken effect. */
		type: z.literal('direct-report-count'),
		/** The person reported to. */
		person: Id,
		/** The count the claim states. */
		expect: z.number().int().min(0),
	}),
	z.strictObject({
		/** Pairs listed items with their targets in order, as "respectively" does. */
		type: z.literal('respectively'),
		/** The changes in the order the sentence lists them. */
		changes: z.array(Id).min(2),
		/** The units they go into, in the order the sentence lists them. */
		targets: z.array(Id).min(2),
	}),
	z.strictObject({
		/** Checks that no other change touches a unit between an event and a change. */
		type: z.literal('first-since'),
		/** The unit concerned. */
		unit: Id,
		/** The event the period starts with. */
		since: Id,
		/** The change claimed to be the first. */
		change: Id,
	}),
	z.strictObject({
		/** A claim that the data of this report cannot check, with the reason. */
		type: z.literal('not-checkable'),
		/** Why the data cannot check it. */
		reason: z.string().min(1),
	}),
]);

/** A countable claim that the article makes (`claims.yaml`). */
export const Claim = z.strictObject({
	/** A stable slug, for example "third-handover". */
	id: Id,
	/** The claim as the report states it, verbatim. */
	quote: Quote,
	/** The claim in our words. */
	statement: z.string().min(1),
	/** The section of the article that makes it. */
	section: Id,
	/** How the data checks it. */
	check: ClaimCheck,
});

/** Every data file of a report folder, by file name, with the schema of its content. */
export const dataFiles = {
	'report.yaml': Report,
	'sources.yaml': z.array(Source),
	'people.yaml': z.array(Person),
	'units.yaml': z.array(Unit),
	'positions.yaml': z.array(Position),
	'reporting-lines.yaml': z.array(ReportingLine),
	'changes.yaml': z.array(Change),
	'events.yaml': z.array(Event),
	'claims.yaml': z.array(Claim),
} as const;

export type FuzzyDate = z.infer<typeof FuzzyDate>;
export type Source = z.infer<typeof Source>;
export type Section = z.infer<typeof Section>;
export type Report = z.infer<typeof Report>;
export type Role = z.infer<typeof Role>;
export type Person = z.infer<typeof Person>;
export type Unit = z.infer<typeof Unit>;
export type Position = z.infer<typeof Position>;
export type ReportingLine = z.infer<typeof ReportingLine>;
export type Change = z.infer<typeof Change>;
export type Event = z.infer<typeof Event>;
export type Claim = z.infer<typeof Claim>;
export type ClaimCheck = z.infer<typeof ClaimCheck>;
export type OpenQuestion = z.infer<typeof OpenQuestion>;

/** A whole report folder, parsed and cross-checked. */
export interface ReportBundle {
	report: Report;
	sources: Source[];
	people: Person[];
	units: Unit[];
	positions: Position[];
	lines: ReportingLine[];
	changes: Change[];
	events: Event[];
	claims: Claim[];
	/** The report's text, verbatim. */
	text: string;
	/** The article's MDX, for the id references it makes. */
	article: string;
}

/** The schema of a whole bundle, which the content layer checks each report against. */
export const ReportBundleSchema = z.object({
	report: Report,
	sources: z.array(Source),
	people: z.array(Person),
	units: z.array(Unit),
	positions: z.array(Position),
	lines: z.array(ReportingLine),
	changes: z.array(Change),
	events: z.array(Event),
	claims: z.array(Claim),
	text: z.string(),
	article: z.string(),
});
