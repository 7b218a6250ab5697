/**
 * Quotes in the data (of changes, events and claims) must occur in the report's text word for word. When one
 * does not, the author needs to see where it went wrong, not only that it did: the problem shows the passage of
 * the text that the quote matches best, its line in the text file, and the first words where the two part.
 */
import type { At, Problem } from './problems.ts';
import type { ReportBundle } from './schema.ts';

/** Collapses white space so that a quote may wrap differently from the text. */
function normaliseText(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Where a quote that is not in the text comes closest to it. */
interface ClosestPassage {
	/** The passage of the text, as many words as the quote, aligned with it. */
	passage: string;
	/** The 1-based line of the passage's first word in the original text. */
	line: number;
	/** The index of the first word where the quote and the passage differ. */
	differsAt: number;
	/** The quote's words and the passage's words. */
	quoteWords: string[];
	passageWords: string[];
}

/**
 * Finds the passage of `text` that the quote matches best, word by word: the place where the longest run of its
 * first words matches, or of its last words (for a quote whose start is wrong). Undefined when no two words match.
 */
function closestPassage(text: string, quote: string): ClosestPassage | undefined {
	const words = [...text.matchAll(/\S+/g)];
	const t = words.map((m) => m[0]);
	const q = normaliseText(quote).split(' ');
	const run = (ti: number, qi: number, step: 1 | -1) => {
		let n = 0;
		while (
			ti + n * step >= 0 &&
			ti + n * step < t.length &&
			qi + n * step >= 0 &&
			qi + n * step < q.length &&
			t[ti + n * step] === q[qi + n * step]
		)
			n++;
		return n;
	};
	let best = { start: -1, score: 1 };
	for (let i = 0; i < t.length; i++) {
		const head = run(i, 0, 1);
		if (head > best.score) best = { start: i, score: head };
		const tail = run(i, q.length - 1, -1);
		if (tail > best.score) best = { start: Math.max(0, i - q.length + 1), score: tail };
	}
	if (best.start < 0) return undefined;
	const passageWords = t.slice(best.start, best.start + q.length);
	let differsAt = 0;
	while (differsAt < q.length && q[differsAt] === passageWords[differsAt]) differsAt++;
	const line = text.slice(0, words[best.start].index).split('\n').length;
	return { passage: passageWords.join(' '), line, differsAt, quoteWords: q, passageWords };
}

/** Every quote of the bundle that is not in the report's text, with the closest passage and where they part. */
export function quoteProblems(bundle: ReportBundle, at: At): Problem[] {
	const text = normaliseText(bundle.text);
	const file = bundle.report.sourceText;
	const problems: Problem[] = [];
	const check = (dataFile: string, path: PropertyKey[], quote: string | undefined) => {
		if (quote === undefined || text.includes(normaliseText(quote))) return;
		const q = normaliseText(quote);
		const closest = closestPassage(bundle.text, quote);
		const hint = `copy the words exactly from ${file}, with its curly quotes (’ “ ”) and its typos`;
		if (!closest) {
			problems.push(
				at(
					dataFile,
					path,
					`quote is not in the report's text, and no passage of ${file} comes close: "${q}"`,
					hint,
				),
			);
			return;
		}
		const few = (list: string[]) =>
			list.slice(closest.differsAt, closest.differsAt + 4).join(' ') || '(nothing more)';
		const differs = `it has "${few(closest.quoteWords)}" where ${file} has "${few(closest.passageWords)}"`;
		problems.push(
			at(
				dataFile,
				path,
				`quote is not in the report's text: ${differs}; the closest passage is on line ${closest.line} of ${file}: "${closest.passage}"`,
				hint,
			),
		);
	};
	bundle.changes.forEach((c, i) => {
		check('changes.yaml', [i, 'quote'], c.quote);
		check('changes.yaml', [i, 'rationale'], c.rationale);
	});
	bundle.events.forEach((e, i) => check('events.yaml', [i, 'quote'], e.quote));
	bundle.claims.forEach((c, i) => check('claims.yaml', [i, 'quote'], c.quote));
	return problems;
}
