/**
 * The reader-side comparison of the benchmark: the same article with its diagrams drawn in the reader's browser by
 * mermaid 12, as sites that ship mermaid do. From a built site it writes a copy of the article page whose inline SVG
 * is replaced by each diagram's published Mermaid source in `<pre class="mermaid">`, with mermaid's script and the
 * site's mermaid config (and without the Content-Security-Policy, which forbids mermaid's inline styles).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { MERMAID_CONFIG } from '../src/render/mermaidConfig.ts';

const require = createRequire(import.meta.url);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes `<dist>/bench/client-side/index.html` from the report's article page; returns its URL path. */
export function writeClientSidePage(dist: string, reportId: string): string {
	const html = readFileSync(join(dist, 'reports', reportId, 'index.html'), 'utf8');
	const swapped = html
		.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '')
		.replace(
			/(<figure class="diagram[^"]*" id="diagram-([^"]+)"[\s\S]*?<div class="figure-box">)<svg[\s\S]*?<\/svg>(<\/div>)/g,
			(_, open: string, id: string, close: string) => {
				const source = readFileSync(join(dist, 'reports', reportId, 'diagrams', `${id}.mmd`), 'utf8');
				return `${open}<pre class="mermaid">${escapeHtml(source)}</pre>${close}`;
			},
		)
		.replace(
			'</body>',
			`<script src="/bench/mermaid.min.js"></script><script>mermaid.initialize(${JSON.stringify({ ...MERMAID_CONFIG, startOnLoad: true })})</script></body>`,
		);
	mkdirSync(join(dist, 'bench', 'client-side'), { recursive: true });
	copyFileSync(require.resolve('mermaid/dist/mermaid.min.js'), join(dist, 'bench', 'mermaid.min.js'));
	writeFileSync(join(dist, 'bench', 'client-side', 'index.html'), swapped);
	return '/bench/client-side/';
}
