/**
 * The strongest peer for the benchmark: rehype-mermaid (mermaid-isomorphic under it, Playwright driving Chromium),
 * rendering every diagram of a set in one call, as a site built with it does. It is installed on first use into the
 * cache (never a dependency of the site), with mermaid forced to the version the site uses and the same Chromium,
 * and runs in its own process so that it is timed whole, like ours and mmdc.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROMIUM_ARGS, requireRenderChromium } from '../src/render/findChromium.ts';
import { MERMAID_CONFIG } from '../src/render/mermaidConfig.ts';

const require = createRequire(import.meta.url);
const DIR = join(process.cwd(), 'node_modules', '.cache', 'reorg-lens', 'rehype-mermaid');
const RUNNER = join(DIR, 'render.mjs');

/** Renders the sources in a JSON file with rehype-mermaid, one call for all; prints what it produced. */
const RUNNER_CODE = `import { readFileSync, writeFileSync } from 'node:fs';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import rehypeMermaid from 'rehype-mermaid';
const [input, output] = process.argv.slice(2);
const { sources, executablePath, args, config } = JSON.parse(readFileSync(input, 'utf8'));
const html = sources.map((s) => '<pre><code class="language-mermaid">' + s.replace(/&/g, '&amp;').replace(/</g, '&lt;') + '</code></pre>').join('');
const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeMermaid, { strategy: 'inline-svg', mermaidConfig: config, launchOptions: { executablePath, args } }).use(rehypeStringify).process(html);
const out = String(file);
writeFileSync(output, out);
console.log(JSON.stringify({ svgs: (out.match(/<svg/g) ?? []).length, bytes: out.length }));
`;

/** Installs rehype-mermaid into the cache if it is not there; false (with the reason printed) when it cannot. */
export function ensureRehypeMermaid(): boolean {
	if (existsSync(join(DIR, 'node_modules', 'rehype-mermaid'))) return writeRunner();
	mkdirSync(DIR, { recursive: true });
	const mermaid = (require('mermaid/package.json') as { version: string }).version;
	const playwright = (require('playwright-core/package.json') as { version: string }).version;
	writeFileSync(
		join(DIR, 'package.json'),
		JSON.stringify(
			{
				private: true,
				type: 'module',
				dependencies: {
					'rehype-mermaid': '3.0.0',
					playwright,
					unified: '11.0.5',
					'rehype-parse': '9.0.1',
					'rehype-stringify': '10.0.1',
				},
				overrides: { mermaid },
			},
			null,
			2,
		),
	);
	const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', DIR], {
		stdio: 'inherit',
		env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
		timeout: 10 * 60_000,
	});
	if (result.status !== 0 || !existsSync(join(DIR, 'node_modules', 'rehype-mermaid'))) {
		console.error('bench: could not install rehype-mermaid; that peer is left out.');
		return false;
	}
	return writeRunner();
}

function writeRunner(): boolean {
	writeFileSync(RUNNER, RUNNER_CODE);
	return true;
}

/** The command that renders `sources` with rehype-mermaid in a fresh process (input written to `workDir`). */
export function rehypeMermaidCommand(sources: readonly string[], workDir: string): string[] {
	mkdirSync(workDir, { recursive: true });
	const input = join(workDir, 'rehype-input.json');
	writeFileSync(
		input,
		JSON.stringify({
			sources,
			executablePath: requireRenderChromium(),
			args: CHROMIUM_ARGS,
			config: MERMAID_CONFIG,
		}),
	);
	return [process.execPath, RUNNER, input, join(workDir, 'rehype-output.html')];
}
