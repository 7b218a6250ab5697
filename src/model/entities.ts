/**
 * Identity across reports. A person or unit id names one person or unit on the whole site: its page gathers every
 * report and change that names it. So that no report takes over another's id by accident, the first report that
 * defines an id owns it, and every later report that defines the same id must say so on purpose with
 * `sameAs: <the earlier report's id>`. Reports already published (their changes are in the permalink manifest) come
 * first, so that a new report, even one about older events, is the one told to change, never a published one;
 * among either, the earlier publication date comes first. A later definition without it, or pointing at a report that
 * does not define the id, is refused with both names and the two ways out: share it, or pick another id.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundsOf } from './dates.ts';
import type { Problem } from './problems.ts';
import type { ReportBundle } from './schema.ts';

/** A valid report folder with its bundle. */
export interface FolderBundle {
	folder: string;
	bundle: ReportBundle;
}

/** Reports in the order their ids are claimed: earliest publication first, then by id. */
export function byPublication<T extends { bundle: ReportBundle }>(list: readonly T[]): T[] {
	return [...list].sort(
		(a, b) =>
			boundsOf(a.bundle.report.published).first - boundsOf(b.bundle.report.published).first ||
			a.bundle.report.id.localeCompare(b.bundle.report.id),
	);
}

/** The 1-based line of the entry `id: <id>` in a data file, when it can be found. */
function lineOfId(file: string, id: string): number | undefined {
	try {
		const lines = readFileSync(file, 'utf8').split(/\r?\n/);
		const i = lines.findIndex((l) =>
			new RegExp(`^\\s*-?\\s*id:\\s*["']?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*(#.*)?$`).test(l),
		);
		return i < 0 ? undefined : i + 1;
	} catch {
		return undefined;
	}
}

/** Published reports first, then the others, each by publication: the order in which reports claim ids. */
function claimOrder<T extends { bundle: ReportBundle }>(
	list: readonly T[],
	published: ReadonlySet<string> = new Set(),
): T[] {
	const ordered = byPublication(list);
	return [
		...ordered.filter((r) => published.has(r.bundle.report.id)),
		...ordered.filter((r) => !published.has(r.bundle.report.id)),
	];
}

/** Every clash of person or unit ids between the given reports, which are the reports one build publishes. */
export function entityProblems(
	reports: readonly FolderBundle[],
	published: ReadonlySet<string> = new Set(),
): Problem[] {
	const problems: Problem[] = [];
	for (const [kind, file, listOf] of [
		['person', 'people.yaml', (b: ReportBundle) => b.people],
		['unit', 'units.yaml', (b: ReportBundle) => b.units],
	] as const) {
		const owners = new Map<string, { report: string; name: string; definedIn: Set<string> }>();
		for (const { folder, bundle } of claimOrder(reports, published)) {
			for (const [i, entry] of listOf(bundle).entries()) {
				const owner = owners.get(entry.id);
				// Where the entry is, for a problem only: finding its line reads the file again.
				const at = () => ({
					file: join(folder, file),
					path: `[${i}].id`,
					line: lineOfId(join(folder, file), entry.id),
				});
				if (!owner) {
					owners.set(entry.id, {
						report: bundle.report.id,
						name: entry.name,
						definedIn: new Set([bundle.report.id]),
					});
					if (entry.sameAs)
						problems.push({
							...at(),
							message: `sameAs "${entry.sameAs}" names a report that does not define the ${kind} "${entry.id}" before this one`,
							hint: `remove sameAs, or use the id of the earlier report that defines "${entry.id}"`,
						});
					continue;
				}
				if (entry.sameAs === undefined) {
					problems.push({
						...at(),
						message: `the ${kind} id "${entry.id}" ("${entry.name}") is already defined by report ${owner.report} ("${owner.name}")`,
						hint: `if it is the same ${kind}, add "sameAs: ${owner.report}" to this entry; if it is another ${kind}, give it an id of its own, such as "${bundle.report.id.split('-')[0]}-${entry.id}"`,
					});
				} else if (!owner.definedIn.has(entry.sameAs)) {
					problems.push({
						...at(),
						message: `sameAs "${entry.sameAs}" names a report that does not define the ${kind} "${entry.id}" before this one`,
						hint: `use "sameAs: ${owner.report}", the first report that defines it`,
					});
				}
				owner.definedIn.add(bundle.report.id);
			}
		}
	}
	return problems;
}
