/**
 * The peer for the benchmark: the same diagrams rendered by `@mermaid-js/mermaid-cli` (mmdc), one process per
 * diagram as build pipelines call it, with the same Chromium. It is installed on first use into the cache, with
 * Puppeteer's browser download skipped, so it never becomes a dependency of the site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, requireChromium } from '../render/findChromium.ts';

const DIR = join(process.cwd(), 'node_modules', '.cache', 'reorg-lens', 'mmdc');
const CLI = join(DIR, 'node_modules', '@mermaid-js', 'mermaid-cli', 'src', 'cli.js');

/** Installs mmdc into the cache if it is not there; returns false (with the reason printed) when it cannot. */
export function ensureMmdc(): boolean {
	if (existsSync(CLI)) return true;
	mkdirSync(DIR, { recursive: true });
	const result = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', DIR, '@mermaid-js/mermaid-cli@12', 'puppeteer@25'], {
		stdio: 'inherit',
		env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true' },
		timeout: 10 * 60_000,
	});
	if (result.status !== 0 || !existsSync(CLI)) {
		console.error('bench: could not install @mermaid-js/mermaid-cli; the peer comparison is left out.');
		return false;
	}
	return true;
}

/** Renders each source with its own mmdc process and returns the total milliseconds. */
export function renderWithMmdc(sources: readonly string[], workDir: string): number {
	mkdirSync(workDir, { recursive: true });
	const config = join(workDir, 'puppeteer.json');
	writeFileSync(config, JSON.stringify({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true }));
	const started = performance.now();
	sources.forEach((source, i) => {
		const input = join(workDir, `d${i}.mmd`);
		writeFileSync(input, source);
		const result = spawnSync(process.execPath, [CLI, '-q', '-i', input, '-o', join(workDir, `d${i}.svg`), '-p', config], { encoding: 'utf8', timeout: 120_000 });
		if (result.status !== 0) throw new Error(`mmdc failed on diagram ${i}: ${(result.stderr || result.stdout).split('\n')[0]}`);
	});
	return performance.now() - started;
}
