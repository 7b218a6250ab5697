/**
 * The claims ledger: each countable claim of the article checked against the report's data. A claim is confirmed
 * only when every reading of the data agrees, contradicted when no reading can, and otherwise not checkable, with
 * the reason in words for readers.
 */
import { boundsOf, formatDate } from './dates.ts';
import { orgStates } from './org.ts';
import { indexOf } from './indexes.ts';
import { perBundle } from './memo.ts';
import type { Claim, FuzzyDate, ReportBundle } from './schema.ts';
import { nameOf } from './wording.ts';

/** What the data says of a claim. */
type ClaimStatus = 'confirmed' | 'not-checkable' | 'contradicted';

/** A claim with its status and the reason for it. */
export interface CheckedClaim {
	claim: Claim;
	status: ClaimStatus;
	/** Why, in a sentence or two for readers. */
	why: string;
}

const DAY_MS = 86_400_000;

/** Checks every claim of a bundle against its data, once per bundle (validation, the ledger and open data share it). */
export const checkClaims: (bundle: ReportBundle) => CheckedClaim[] = perBundle('claims', (bundle) =>
	bundle.claims.map((claim) => ({ claim, ...checkClaim(bundle, claim) })),
);

function checkClaim(bundle: ReportBundle, claim: Claim): { status: ClaimStatus; why: string } {
	const check = claim.check;
	const index = indexOf(bundle);
	const name = (id: string) => nameOf(bundle, id);
	switch (check.type) {
		case 'handover-count': {
			const end = index.changes.get(check.until);
			if (!end) return { status: 'contradicted', why: `The change "${check.until}" is not in the data.` };
			const windowEnd = boundsOf(end.date).last;
			const windowStart = windowEnd - check.days * DAY_MS;
			const handovers = bundle.changes.filter((c) => c.kind === 'handover' && c.handoverFrom === check.person);
			const certain = handovers.filter(
				(c) => boundsOf(c.date).first >= windowStart && boundsOf(c.date).last <= windowEnd,
			);
			const possible = handovers.filter(
				(c) => boundsOf(c.date).last >= windowStart && boundsOf(c.date).first <= windowEnd,
			);
			const undated = possible.filter((c) => !certain.includes(c));
			const counted = `The data has ${possible.length} handover${possible.length === 1 ? '' : 's'} from ${name(check.person)} that may fall in the ${check.days} days up to ${formatDate(end.date)}`;
			if (certain.length > check.expect || possible.length < check.expect) {
				return {
					status: 'contradicted',
					why: `${counted}, ${certain.length} of them certainly; the claim says ${check.expect}.`,
				};
			}
			if (certain.length === check.expect && possible.length === check.expect) {
				return {
					status: 'confirmed',
					why: `${counted}, all of them dated inside it: ${certain.map((c) => `${c.title} (${formatDate(c.date)})`).join('; ')}.`,
				};
			}
			return {
				status: 'not-checkable',
				why: `${counted}, but only ${certain.length} certainly: ${undated.map((c) => `${c.title} is dated only to ${formatDate(c.date)}`).join('; ')}.`,
			};
		}
		case 'direct-report-count': {
			const { before, after } = orgStates(bundle);
			const seats = (lines: typeof after) =>
				lines
					.filter((l) => l.relation === 'reports-to' && l.to === check.person)
					.reduce((sum, l) => sum + (index.positions.get(l.from)?.count ?? 1), 0);
			const now = seats(after);
			const earlier = seats(before);
			const why = `After the changes the data has ${now} seat${now === 1 ? '' : 's'} reporting directly to ${name(check.person)} (${earlier === 0 ? 'none' : earlier} before them)`;
			return now === check.expect
				? { status: 'confirmed', why: `${why}, as the claim says.` }
				: { status: 'contradicted', why: `${why}; the claim says ${check.expect}.` };
		}
		case 'respectively': {
			const mismatches: string[] = [];
			check.changes.forEach((id, i) => {
				const change = index.changes.get(id);
				const target = check.targets[i];
				const into = change?.starts
					.map((lineId) => index.lines.get(lineId))
					.filter((l) => l?.relation === 'part-of')
					.map((l) => l?.to);
				if (!into?.includes(target)) mismatches.push(`${change?.title ?? id} does not go into ${name(target)}`);
			});
			return mismatches.length === 0
				? {
						status: 'confirmed',
						why: `Taken in order, the data pairs ${check.changes.map((id, i) => `${index.changes.get(id)?.title ?? id} → ${name(check.targets[i])}`).join(' and ')}.`,
					}
				: { status: 'contradicted', why: `${mismatches.join('; ')}.` };
		}
		case 'first-since': {
			const since = index.events.get(check.since);
			const change = index.changes.get(check.change);
			if (!since || !change)
				return { status: 'contradicted', why: 'The event or the change is not in the data.' };
			const touches = (c: (typeof bundle.changes)[number]) =>
				c.units.includes(check.unit) ||
				[...c.starts, ...c.ends].some((lineId) => {
					const l = index.lines.get(lineId);
					return l?.from === check.unit || l?.to === check.unit;
				});
			const between = (d: FuzzyDate) =>
				boundsOf(d).last > boundsOf(since.date).last && boundsOf(d).first < boundsOf(change.date).first;
			const earlier = bundle.changes.filter((c) => c.id !== change.id && touches(c) && between(c.date));
			return earlier.length === 0
				? {
						status: 'confirmed',
						why: `No other change to the ${name(check.unit)} between ${formatDate(since.date)} and ${formatDate(change.date)} is in the data; the data holds only what this report and its context sources mention.`,
					}
				: {
						status: 'contradicted',
						why: `The data has earlier changes to the ${name(check.unit)}: ${earlier.map((c) => `${c.title} (${formatDate(c.date)})`).join('; ')}.`,
					};
		}
		case 'not-checkable':
			return { status: 'not-checkable', why: check.reason };
	}
}
