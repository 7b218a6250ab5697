/**
 * The diagram cache: a content hash of everything that decides an SVG (Mermaid source, mermaid version, config,
 * renderer code, title and description) maps to the finished SVG on disk, so a warm build starts no browser. Every
 * entry is verified when read (verifiedCache.ts): one whose bytes do not match the hash recorded when it was written,
 * or that is not a whole SVG, is removed and drawn again, never published.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { config, type ReorgConfig } from '../config.ts';
import { renderBrowserIdentity } from './findChromium.ts';
import { checkSvg } from './cacheChecks.ts';
import { MERMAID_CONFIG } from './mermaidConfig.ts';
import { readEntry, writeEntry } from './verifiedCache.ts';

const require = createRequire(import.meta.url);

/** Where rendered diagrams are kept between builds; REORG_DIAGRAM_CACHE overrides it (the benchmark does). */
export function cacheDir(settings: Pick<ReorgConfig, 'diagramCacheDir'> = config): string {
	return settings.diagramCacheDir;
}

/** The files whose code decides how a diagram is drawn (svgo's config is in svg.ts). */
const RENDERER_FILES = [
	'src/render/svg.ts',
	'src/render/diagramStyle.ts',
	'src/render/svgTask.ts',
	'src/render/svgWorker.ts',
	'src/render/mermaidConfig.ts',
	'src/diagrams/looks.ts',
	'src/render/browserRenderer.ts',
	'src/render/siteFont.ts',
	'src/render/cjkFont.ts',
];

let rendererFingerprint: string | undefined;

/** The version of an installed package, part of a cache key when its code decides a cached file's bytes. */
export function packageVersion(name: string): string {
	// Some packages export no package.json: read it from the folder the package resolves into.
	const entry = require.resolve(name);
	const folder = entry.slice(
		0,
		entry.lastIndexOf(`node_modules${sep}${name.split('/').join(sep)}${sep}`) + `node_modules/${name}/`.length,
	);
	return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * A hash of the mermaid, svgo and Playwright versions, the CJK font's version, the config, the renderer's own code and the browser that
 * draws (name and version): a change to any invalidates the cache (the font decides how wide a Chinese label is drawn), and every page that shows a diagram.
 */
export function fingerprint(): string {
	if (!rendererFingerprint) {
		const versions = ['mermaid', 'svgo', 'playwright-core', '@fontsource/noto-sans-sc'].map(packageVersion);
		// Read from the project root, not import.meta.url: pages run this code from Astro's bundled chunks.
		const code = RENDERER_FILES.map((f) => readFileSync(join(process.cwd(), f), 'utf8'));
		rendererFingerprint = createHash('sha256')
			.update(JSON.stringify([versions, MERMAID_CONFIG, code, renderBrowserIdentity()]))
			.digest('hex');
	}
	return rendererFingerprint;
}

/** The cache key of a diagram. */
export function cacheKey(diagram: { source: string; title: string; description: string; prefix: string }): string {
	return createHash('sha256')
		.update(JSON.stringify([fingerprint(), diagram.source, diagram.title, diagram.description, diagram.prefix]))
		.digest('hex')
		.slice(0, 32);
}

const entryFile = (key: string, dir: string) => join(dir, `${key}.svg`);

/**
 * The cached SVG for a key, or undefined when there is none; fails on a damaged entry (removed), which the build's
 * start has already replaced, so damage found here came after it and the page must not be published.
 */
export function readCached(key: string, dir = cacheDir()): string | undefined {
	const read = readEntry(entryFile(key, dir), checkSvg);
	if (read.state === 'damaged')
		throw new Error(
			`The cached diagram ${entryFile(key, dir)} was damaged (${read.problem}) after the build drew it.\nHint: build again; it is drawn anew.`,
		);
	return read.state === 'ok' ? read.bytes.toString('utf8') : undefined;
}

/** Whether a whole SVG is cached under this key: 'ok', 'missing', or 'damaged' (then removed, and recorded). */
export function verifyCached(key: string, dir = cacheDir()): 'ok' | 'missing' | 'damaged' {
	return readEntry(entryFile(key, dir), checkSvg).state;
}

/** True when an SVG is cached under this key; reads nothing but the folder (the build's early guess only). */
export function isCached(key: string, dir = cacheDir()): boolean {
	return existsSync(entryFile(key, dir));
}

/** Stores an SVG under its key, with the hash of its bytes (see verifiedCache.ts). */
export function writeCached(key: string, svg: string, dir = cacheDir()): void {
	writeEntry(entryFile(key, dir), svg);
}
