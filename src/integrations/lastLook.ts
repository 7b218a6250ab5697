/**
 * The last look before a build reports success: the built site is read back as a reader's browser and an SVG viewer
 * would read it, because a fault upstream (a damaged cache, a bug in a component) shows up here first and must not
 * be published. Every HTML page is parsed with parse5, a parser that follows the HTML standard, and every element
 * it opened must have been closed by its own end tag (an element the parser had to close at the end of the file, or
 * implicitly, has swallowed what followed it), void elements and those whose end tag HTML allows to be left out
 * apart; every inline SVG must be well-formed XML, as a standalone viewer needs; and each report's page must still
 * hold its verbatim text, block for block, end to end. Problems name the page and what is wrong.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import sax from 'sax';
import type { ReportBundle } from '../model/schema.ts';
import { textBlocks } from '../model/verbatim.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements without content, and those whose end tag HTML lets an author leave out. */
const NO_END_TAG = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);
const OPTIONAL_END_TAG = new Set([
	'html',
	'head',
	'body',
	'p',
	'li',
	'dt',
	'dd',
	'rt',
	'rp',
	'optgroup',
	'option',
	'colgroup',
	'caption',
	'thead',
	'tbody',
	'tfoot',
	'tr',
	'td',
	'th',
]);

/** Every HTML file under a folder, as paths relative to it. */
function htmlFiles(root: string, dir = root): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(root, path);
		return entry.name.endsWith('.html') ? [relative(root, path)] : [];
	});
}

function* elements(node: Node): Generator<Element> {
	if ('tagName' in node) yield node;
	const children = 'childNodes' in node ? node.childNodes : [];
	for (const child of children) yield* elements(child);
	if ('content' in node && node.content) yield* elements(node.content);
}

/** Where an element's start tag is, as "line L, column C". */
const at = (el: Element) => `line ${el.sourceCodeLocation?.startLine}, column ${el.sourceCodeLocation?.startCol}`;

/** The first element that was opened and never closed by its own end tag, described, or undefined. */
function unclosed(html: string, root: Node): string | undefined {
	for (const el of elements(root)) {
		const loc = el.sourceCodeLocation;
		if (!loc || loc.endTag || NO_END_TAG.has(el.tagName) || OPTIONAL_END_TAG.has(el.tagName)) continue;
		const start = loc.startTag;
		if (start && html.slice(start.endOffset - 2, start.endOffset) === '/>') continue;
		const swallowed = html.slice(loc.endOffset).length;
		return `<${el.tagName}> at ${at(el)} is never closed: everything after it (${swallowed} characters) is swallowed into it`;
	}
	return undefined;
}

const wellFormed = new Map<string, string | undefined>();

/** Why an SVG is not well-formed XML, or undefined; answers are kept by content, as a diagram is on many pages. */
function svgProblem(svg: string): string | undefined {
	const hash = createHash('sha1').update(svg).digest('hex');
	if (wellFormed.has(hash)) return wellFormed.get(hash);
	let problem: string | undefined;
	const parser = sax.parser(true, {});
	parser.onerror = (error) => {
		problem ??= error.message.split('\n')[0];
		parser.resume();
	};
	parser.write(svg).close();
	wellFormed.set(hash, problem);
	return problem;
}

/** The reported text of an element: its text with our insertions ([data-editorial]) left out, white space folded. */
function reportedText(node: Node): string {
	if ('value' in node && node.nodeName === '#text') return node.value;
	if ('attrs' in node && node.attrs.some((a) => a.name === 'data-editorial')) return '';
	return ('childNodes' in node ? node.childNodes : []).map(reportedText).join('');
}

/** Where a report's blocks on its page differ from its text, or undefined when they are the same end to end. */
function verbatimProblem(root: Node, bundle: ReportBundle): string | undefined {
	const blocks = textBlocks(bundle.text);
	const shown = [...elements(root)]
		.filter((el) => el.attrs.some((a) => a.name === 'data-source-para'))
		.map((el) => reportedText(el).replace(/\s+/g, ' ').trim());
	const first = blocks.findIndex((block, i) => shown[i] !== block);
	if (first < 0 && shown.length === blocks.length) return undefined;
	if (first < 0) return `it shows ${shown.length} blocks of the report's text, not ${blocks.length}`;
	return `block ${first} of the report's text ${first < shown.length ? `differs: it shows “${(shown[first] ?? '').slice(0, 80)}…”` : 'is missing'} (the page shows ${shown.length} of ${blocks.length} blocks)`;
}

/** What is wrong with one built page, each problem a sentence. */
function pageProblems(html: string, bundle?: ReportBundle): string[] {
	const root = parse(html, { sourceCodeLocationInfo: true });
	const problems: string[] = [];
	const open = unclosed(html, root);
	if (open) problems.push(open);
	for (const svg of [...elements(root)].filter((el) => el.tagName === 'svg' && el.sourceCodeLocation?.endTag)) {
		const loc = svg.sourceCodeLocation!;
		const problem = svgProblem(html.slice(loc.startOffset, loc.endOffset));
		if (problem) problems.push(`the inline <svg> at ${at(svg)} is not well-formed: ${problem}`);
	}
	const verbatim = bundle && verbatimProblem(root, bundle);
	if (verbatim) problems.push(verbatim);
	return problems;
}

/** The error a build fails with when its last look finds a problem. */
class BrokenOutputError extends Error {}

/**
 * Reads every HTML page of a built site and fails, naming each broken page (the first ten) and what is wrong, if
 * any page does not parse whole, holds an SVG that is not well-formed, or (for a report's page) has lost its text.
 * Returns how many pages it read.
 */
export function lastLook(outDir: string, bundles: readonly ReportBundle[]): number {
	const reportPages = new Map(bundles.map((b) => [join('reports', b.report.id, 'index.html'), b]));
	const pages = htmlFiles(outDir);
	const broken = pages.flatMap((page) =>
		pageProblems(readFileSync(join(outDir, page), 'utf8'), reportPages.get(page)).map(
			(problem) => `${page}: ${problem}`,
		),
	);
	const missing = [...reportPages.keys()].filter((page) => !pages.includes(page));
	broken.push(...missing.map((page) => `${page}: the report's page was not written`));
	if (broken.length > 0) {
		throw new BrokenOutputError(
			`The built site is broken and was not published (${broken.length} ${broken.length === 1 ? 'problem' : 'problems'}):\n` +
				broken
					.slice(0, 10)
					.map((line) => `  ${line}`)
					.join('\n') +
				'\nHint: a damaged cache entry or a component that writes broken markup does this; build again with an empty cache (delete node_modules/.cache/reorg-lens) and, if it repeats, fix the page named.',
		);
	}
	return pages.length;
}
