/**
 * The first draft of a report folder, made from its text alone (`npm run new-report`). The text is split into its
 * headline and paragraphs; the article holds every paragraph in a `<Para>`, escaped so that MDX reads it as plain
 * text, under placeholder sections of a few paragraphs each; the data files are empty lists under a commented
 * template. The draft validates as it stands, and is marked `fixture: true` so that it is not published until an
 * author has replaced the placeholders (validate warns about it until then).
 */
import { textBlocks } from './verbatim.ts';
import { emptyDataFile, TEMPLATES } from './templates.ts';
import { SHARE_TITLE_MAX } from './shareText.ts';

/** How many paragraphs each placeholder section holds. */
const PARAGRAPHS_PER_SECTION = 4;

/** Escapes text so that MDX reads it as the same plain text: no tags, expressions, emphasis, links or lists. */
export function escapeMdxText(text: string): string {
	const escaped = text.replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `\\${c}`);
	// A paragraph that starts like a list item, a quote or a heading would become one.
	return escaped.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
}

/** A YAML double-quoted string. */
const quoted = (text: string) => JSON.stringify(text);

/** The files of a new report folder, by name, for the report `id` with the text `source`. */
export function scaffoldReport(
	id: string,
	source: string,
	today = new Date().toISOString().slice(0, 10),
): Record<string, string> {
	const blocks = textBlocks(source);
	if (blocks.length < 2)
		throw new Error('the text needs a headline and at least one paragraph, separated by a blank line');
	const [headline, ...paragraphs] = blocks;
	const sections = Array.from(
		{ length: Math.ceil(paragraphs.length / PARAGRAPHS_PER_SECTION) },
		(_, i) => `part-${i + 1}`,
	);
	const report = [
		'# yaml-language-server: $schema=../../../public/schemas/report.schema.json',
		`id: ${id}`,
		`title: ${quoted(headline)} # the headline, word for word`,
		// A share preview shows 70 characters of title: a longer headline needs a short form, ours.
		...([...headline].length > SHARE_TITLE_MAX
			? [`shortTitle: "The headline in ${SHARE_TITLE_MAX} characters or fewer (fill in)"`]
			: []),
		'publisher: Publisher (fill in)',
		'language: en',
		`published: { value: ${today} } # placeholder: when the report was published, with its precision`,
		'publishedSources: []',
		'sourceText: source.txt',
		'summary: One paragraph of our own on the reorganization (fill in).',
		'# The draft is not published until this line is removed, once every placeholder is filled in.',
		'fixture: true',
		'sections: # our own headings; group the paragraphs as the story goes',
		...sections.flatMap((s, i) => [`  - id: ${s}`, `    title: Part ${i + 1} (rename)`]),
		'',
	].join('\n');
	const article = [
		"{/* The report's text, verbatim: one Para per paragraph of source.txt, numbered from 1. Add notes, [sic] marks and change anchors as docs/adding-a-report.md shows; never change the words. */}",
		'',
		...sections.flatMap((section, s) => [
			`<Section id="${section}">`,
			'',
			...paragraphs
				.slice(s * PARAGRAPHS_PER_SECTION, (s + 1) * PARAGRAPHS_PER_SECTION)
				.flatMap((text, i) => [
					`<Para n={${s * PARAGRAPHS_PER_SECTION + i + 1}}>`,
					'',
					escapeMdxText(text),
					'',
					'</Para>',
					'',
				]),
			'</Section>',
			'',
		]),
	].join('\n');
	const files: Record<string, string> = { 'source.txt': source, 'report.yaml': report, 'article.mdx': article };
	for (const file of Object.keys(TEMPLATES)) {
		const schema = `../../../public/schemas/${file.replace(/\.yaml$/, '')}.schema.json`;
		files[file] =
			file === 'sources.yaml'
				? `# yaml-language-server: $schema=${schema}\n- id: report\n  kind: report\n  name: Publisher (fill in)\n`
				: emptyDataFile(file, schema);
	}
	return files;
}
