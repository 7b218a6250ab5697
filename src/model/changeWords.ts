/**
 * How a change is said, by its kind and status, from its data alone: one sentence of what it does ("Dana Reyes
 * will lead the Cloud Unit from July 2018"), when ("announced 3 May 2018, takes effect July 2018"), and what the
 * report leaves open ("Left open by the report: what becomes of the Devices Division"). A planned change is said in
 * the future tense on every page; an open question is said as open, never as continuing.
 */
import { dateInWords } from './dates.ts';
import { indexOf } from './indexes.ts';
import type { Change, OpenQuestion, ReportBundle, ReportingLine } from './schema.ts';
import { nameOf } from './wording.ts';

/** The kind in words for a label. */
export const KIND_LABEL: Record<Change['kind'], string> = {
	merge: 'merge',
	move: 'move',
	'reporting-line': 'reporting line',
	restructure: 'restructure',
	handover: 'handover',
	appointment: 'appointment',
	create: 'new unit',
	dissolve: 'unit dissolved',
	rename: 'rename',
	split: 'split',
	promotion: 'promotion',
	departure: 'departure',
	stays: 'no change',
};

/** True when the change is announced for later, so it is said in the future tense. */
export const isPlanned = (change: Pick<Change, 'status'>) => change.status === 'announced';

/** The status in words for a label: "Planned" (announced, not yet in effect) or "In effect". */
export function statusWords(change: Pick<Change, 'status'>): string {
	return isPlanned(change) ? 'Planned' : 'In effect';
}

/** When, in words: "10 December 2021"; "announced 3 May 2018, takes effect July 2018"; "in effect from …, announced …". */
export function whenWords(change: Pick<Change, 'status' | 'date' | 'effective'>): string {
	const announced = dateInWords(change.date);
	if (isPlanned(change))
		return change.effective
			? `announced ${announced}, takes effect ${dateInWords(change.effective)}`
			: `announced ${announced}, not yet in effect`;
	return change.effective ? `in effect from ${dateInWords(change.effective)}, announced ${announced}` : announced;
}

const join = (names: string[]) =>
	names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** Verbs: [singular present, plural present, singular future, plural future]. */
const VERB: Record<ReportingLine['relation'], [string, string, string, string]> = {
	leads: ['leads', 'co-lead', 'will lead', 'will co-lead'],
	'reports-to': ['reports to', 'report to', 'will report to', 'will report to'],
	'part-of': ['becomes part of', 'become part of', 'will become part of', 'will become part of'],
	'dotted-line-to': [
		'has a dotted line to',
		'have dotted lines to',
		'will have a dotted line to',
		'will have dotted lines to',
	],
};

/** On a date: "on 1 July 2032" for a day, "in June 2032" for a month or a year. */
function onDate(date: Change['date']): string {
	const words = dateInWords(date);
	return /^(about )?\d{1,2} /.test(words) || /^\d{1,2} or/.test(words) ? `on ${words}` : `in ${words}`;
}

/**
 * The lines a change starts, in words: those of `subject` (the person or unit the sentence is about) as phrases
 * that go on its sentence ("and will lead Cloud Unit"), the others as clauses of their own, co-leaders together.
 */
function startedWords(
	bundle: ReportBundle,
	change: Change,
	subject?: string,
): { phrases: string[]; clauses: string[] } {
	const planned = isPlanned(change);
	const lines = change.starts
		.map((id) => bundle.lines.find((l) => l.id === id))
		.filter((l): l is ReportingLine => l !== undefined);
	const groups = new Map<string, ReportingLine[]>();
	for (const line of lines) {
		const key = line.from === subject ? `${line.id}` : `${line.relation}→${line.to}`;
		groups.set(key, [...(groups.get(key) ?? []), line]);
	}
	const from = planned && change.effective ? ` from ${dateInWords(change.effective)}` : '';
	const phrases: string[] = [];
	const said: { who: string; what: string[] }[] = [];
	for (const group of groups.values()) {
		const [one, many, willOne, willMany] = VERB[group[0].relation];
		const verb = planned ? (group.length > 1 ? willMany : willOne) : group.length > 1 ? many : one;
		const to = nameOf(bundle, group[0].to);
		if (group[0].from === subject) phrases.push(`${verb} ${to}`);
		else {
			// What one party does is said in one clause: "Sana Idris will lead Tools Team and will have a dotted line to …".
			const who = join(group.map((l) => nameOf(bundle, l.from)));
			const same = said.find((c) => c.who === who);
			if (same) same.what.push(`${verb} ${to}`);
			else said.push({ who, what: [`${verb} ${to}`] });
		}
	}
	if (phrases.length > 0 && from) phrases[phrases.length - 1] += from;
	return { phrases, clauses: said.map((c) => `${c.who} ${join(c.what)}${from}`) };
}

/** One sentence of what the change does, by its kind, in the future tense when it is announced for later. */
export function changeSentence(bundle: ReportBundle, change: Change): string {
	const planned = isPlanned(change);
	const will = (present: string, future: string) => (planned ? future : present);
	const people = join(change.people.map((id) => nameOf(bundle, id)));
	const [unit, ...others] = change.units.map((id) => nameOf(bundle, id));
	const subject =
		change.kind === 'create' || change.kind === 'split'
			? change.units[0]
			: change.people.length === 1
				? change.people[0]
				: undefined;
	const { phrases, clauses } = startedWords(bundle, change, subject);
	const effective = planned && change.effective ? change.effective : undefined;
	const when = effective && phrases.length === 0 ? ` ${onDate(effective)}` : '';
	let main: string | undefined;
	switch (change.kind) {
		case 'departure':
			main = `${people} ${will('leaves', 'will leave')} ${unit ?? 'the company'}${effective ? ` ${onDate(effective)}` : ''}`;
			break;
		case 'promotion':
			main = `${people} ${will('is promoted to', 'will be promoted to')} ${change.role ?? 'a new title'}${when}`;
			break;
		case 'appointment':
			main = change.role
				? `${people} ${will('is appointed', 'will be appointed')} ${change.role}${when}`
				: undefined;
			break;
		case 'stays':
			main = `${join([people, unit, ...others].filter(Boolean))} ${will('continues', 'will continue')} unchanged`;
			break;
		case 'create':
			main = `${unit} ${will('is created', 'will be created')}${when}`;
			break;
		case 'dissolve':
			main = `${unit} ${will('is dissolved', 'will be dissolved')}${when}`;
			break;
		case 'rename':
			main = `${change.formerName} ${will('is renamed', 'will be renamed')} ${unit}${when}`;
			break;
		case 'split':
			main = `${unit} ${will('is split into', 'will be split into')} ${join(others)}${when}`;
			break;
	}
	if (main && phrases.length > 0) main = `${main} and ${join(phrases)}`;
	else if (!main && phrases.length > 0) main = `${nameOf(bundle, subject!)} ${join(phrases)}`;
	const sentence = [main, ...clauses].filter(Boolean).join('; ') || change.title;
	return `${sentence}.`;
}

const QUESTION: Record<OpenQuestion['question'], (name: string) => string> = {
	fate: (name) => `what becomes of ${name}`,
	leader: (name) => `who leads ${name}`,
	'other-roles': (name) => `whether ${name} keeps other roles`,
	'reports-to': (name) => `whom ${name} reports to`,
	size: (name) => `how many ${name.toLowerCase()} there are`,
};

/** What the report leaves open, one phrase each: "what becomes of the Devices Division". */
export function openWords(bundle: ReportBundle, change: Pick<Change, 'open'>): string[] {
	const index = indexOf(bundle);
	return change.open.map((q) => {
		const name = nameOf(bundle, q.about);
		const the = index.units.has(q.about) && !/^the /i.test(name) ? `the ${name}` : name;
		return `${QUESTION[q.question](the)}${q.note ? ` (${q.note.replace(/[()]/g, '')})` : ''}`;
	});
}

/** The legend's words for the units a change of this kind highlights. */
export function touchedUnitWords(kind: Change['kind']): string {
	const what: Partial<Record<Change['kind'], string>> = {
		departure: 'a unit whose leader this change takes away',
		appointment: 'a unit this change gives a leader',
		promotion: 'a unit this change gives a leader',
		create: 'a unit this change creates',
		dissolve: 'a unit this change dissolves',
		rename: 'a unit this change renames',
		split: 'a unit this change splits',
		stays: 'a unit this change leaves as it was',
		handover: 'a unit this change hands to a new leader',
	};
	return `${what[kind] ?? 'a unit this change moves'} (amber, bold outline)`;
}
