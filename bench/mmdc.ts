/**
 * The other peer for the benchmark: the same diagrams rendered by `@mermaid-js/mermaid-cli` (mmdc) with the same
 * Chromium and mermaid config, in its two modes: batch (one process, one markdown file holding every diagram) and
 * per file (one process per diagram, as many build pipelines call it). It is installed on first use into the cache,
 * with Puppeteer's browser download skipped and mermaid forced to the site's version, so it never becomes a
 * dependency of the site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROMIUM_ARGS, requireRenderChromium } from '../src/render/findChromium.ts';
import { MERMAID_CONFIG } from '../src/render/mermaidConfig.ts';

const require = createRequire(import.meta.url);
const DIR = join(process.cwd(), 'node_modules', '.cache', 'reorg-lens', 'mmdc');
const CLI = join(DIR, 'node_modules', '@mermaid-js', 'mermaid-cli', 'src', 'cli.js');

/** Installs mmdc into the cache if it is not there; returns false (with the reason printed) when it cannot. */
export function ensureMmdc(): boolean {
	if (existsSync(CLI)) return true;
	mkdirSync(DIR, { recursive: true });
	const mermaid = (require('mermaid/package.json') as { version: string }).version;
	writeFileSync(
		join(DIR, 'package.json'),
		JSON.stringify(
			{
				private: true,
				dependencies: { '@mermaid-js/mermaid-cli': '12.2.0', puppeteer: '25.16.0' },
				overrides: { mermaid },
			},
			null,
			2,
		),
	);
	const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', DIR], {
		stdio: 'inherit',
		env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true' },
		timeout: 10 * 60_000,
	});
	if (result.status !== 0 || !existsSync(CLI)) {
		console.error('bench: could not install @mermaid-js/mermaid-cli; the mmdc comparison is left out.');
		return false;
	}
	return true;
}

/** Writes the Puppeteer and mermaid config files mmdc reads, and returns its shared arguments. */
function commonArgs(workDir: string): string[] {
	mkdirSync(workDir, { recursive: true });
	const puppeteer = join(workDir, 'puppeteer.json');
	writeFileSync(
		puppeteer,
		JSON.stringify({ executablePath: requireRenderChromium(), args: CHROMIUM_ARGS, headless: true }),
	);
	const config = join(workDir, 'mermaid.json');
	writeFileSync(config, JSON.stringify(MERMAID_CONFIG));
	return ['-q', '-p', puppeteer, '-c', config];
}

/** The command that renders every source in one mmdc process (a markdown file of mermaid blocks). */
export function mmdcBatchCommand(sources: readonly string[], workDir: string): string[] {
	const args = commonArgs(workDir);
	const input = join(workDir, 'all.md');
	mkdirSync(join(workDir, 'out'), { recursive: true });
	writeFileSync(input, sources.map((s) => `\`\`\`mermaid\n${s}\n\`\`\`\n`).join('\n'));
	return [process.execPath, CLI, ...args, '-i', input, '-o', join(workDir, 'out', 'all.md')];
}

/** Renders each source with its own mmdc process and returns the total milliseconds. */
export function renderWithMmdc(sources: readonly string[], workDir: string): number {
	const args = commonArgs(workDir);
	rmSync(join(workDir, 'out'), { recursive: true, force: true });
	mkdirSync(join(workDir, 'out'), { recursive: true });
	const started = performance.now();
	sources.forEach((source, i) => {
		const input = join(workDir, `d${i}.mmd`);
		writeFileSync(input, source);
		const result = spawnSync(
			process.execPath,
			[CLI, ...args, '-i', input, '-o', join(workDir, 'out', `d${i}.svg`)],
			{ encoding: 'utf8', timeout: 120_000 },
		);
		if (result.status !== 0)
			throw new Error(`mmdc failed on diagram ${i}: ${(result.stderr || result.stdout).split('\n')[0]}`);
	});
	return performance.now() - started;
}
