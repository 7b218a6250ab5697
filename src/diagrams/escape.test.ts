import { describe, expect, it } from 'vitest';
import { escapeText, label, nodeId, timelineText, truncate, wrap } from './escape.ts';

/** What a quoted label's inside may not contain: a straight quote would end it, angle brackets could open markup. */
const assertInert = (quoted: string) => {
	expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
	const inside = quoted.slice(1, -1).replace(/<br\/>/g, '');
	expect(inside).not.toMatch(/["<>\n]/);
};

describe('Mermaid labels from hostile data', () => {
	const hostile = [
		'R&D "Labs" unit"]-->B["pwned',
		'%% a comment\nclick n_a call alert(1)',
		'Ada <script>alert(1)</script> Quill',
		'<img src=x onerror=alert(1)>',
		'javascript:alert(1)',
		'#lt;script#gt; and #35;',
		'東京 online channel (オンライン)',
		'שלום עולם',
		'x'.repeat(500),
	];

	it.each(hostile)('keeps %j inside one quoted label', (text) => {
		assertInert(label(text));
	});

	it('turns straight quotes into typographic ones, so the label cannot end early', () => {
		expect(escapeText('say "hi" and "bye"')).toBe('say “hi” and “bye”');
	});

	it('writes angle brackets as the entity codes mermaid decodes', () => {
		expect(escapeText('<script>')).toBe('#lt;script#gt;');
	});

	it('defuses text that looks like an entity code', () => {
		expect(escapeText('#lt; #35; #1')).toBe('＃lt; ＃35; #1');
	});

	it('leaves CJK and right-to-left text as it is', () => {
		expect(escapeText('东京 שלום')).toBe('东京 שלום');
	});

	it('flattens newlines, which would end the statement', () => {
		expect(escapeText('a\nb\r\nc\u2028d')).toBe('a b c d');
	});

	it('cuts very long names at a word boundary with an ellipsis', () => {
		const cut = truncate('word '.repeat(40).trim(), 30);
		expect(cut.endsWith('…')).toBe(true);
		expect([...cut].length).toBeLessThanOrEqual(30);
		expect([...truncate('字'.repeat(200), 30)].length).toBe(30);
	});

	it('wraps labels into lines joined by SVG-safe line breaks', () => {
		expect(wrap('Software and Experience Department', 12)).toEqual(['Software and', 'Experience', 'Department']);
		expect(label('Software and Experience Department', 12)).toBe('"Software and<br/>Experience<br/>Department"');
	});

	it('never breaks inside a short parenthetical', () => {
		expect(wrap('Overseas regions (by district)', 28)).toEqual(['Overseas regions', '(by district)']);
		expect(wrap('Software and Experience (MIUI)', 20)).toEqual(['Software and', 'Experience (MIUI)']);
	});

	it('derives node ids that are stable and never a keyword', () => {
		expect(nodeId('n', 'end')).toBe('n_end');
		expect(nodeId('n', 'lei-jun')).toBe('n_lei_jun');
	});

	it('keeps timeline text free of its separators and comments', () => {
		const text = timelineText('Goal: #1 in 3 years %% really\n<b>');
		expect(text).not.toMatch(/[:#%<>\n]/);
	});
});
