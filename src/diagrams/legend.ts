/**
 * The words of legend entries. Each names the look it describes (LOOKS in mermaidConfig.ts: colour, dash, weight,
 * shape), in words true in both themes; a diagram passes its own wording where the general one would mislead, and
 * the Flowchart keeps only the entries for what it draws.
 */
import type { LookName } from './looks.ts';
import type { LegendEntry } from './types.ts';

const WORDS: Record<LookName, string> = {
	plain: 'runs or contains the box below it (grey line)',
	inferred: 'a line we infer, not stated by a source (grey, dotted)',
	old: 'a line the changes end (red, dashed)',
	new: 'a line the changes start (green, thick)',
	person: 'a person (blue, rounded)',
	group: 'unnamed seats, counted (dashed outline)',
	changed: 'a unit the changes move (amber, bold outline)',
	created: 'a unit the changes create (green, bold outline)',
	day: 'a date known to the day (diamond); an either-or date has one diamond per reading',
	span: 'a date known only to the month or the year (a bar over all of it)',
};

/** Every legend entry, in the order legends list them, with some wordings replaced. */
export function legend(wording: Partial<Record<LookName, string>> = {}): LegendEntry[] {
	return (Object.keys(WORDS) as LookName[]).map((style) => ({ style, text: wording[style] ?? WORDS[style] }));
}
