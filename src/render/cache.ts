/**
 * The diagram cache: a content hash of everything that decides an SVG (Mermaid source, mermaid version, config,
 * renderer code, title and description) maps to the finished SVG on disk, so a warm build starts no browser.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { config, type ReorgConfig } from '../config.ts';
import { renderBrowserIdentity } from './findChromium.ts';
import { MERMAID_CONFIG } from './mermaidConfig.ts';

const require = createRequire(import.meta.url);

/** Where rendered diagrams are kept between builds; REORG_DIAGRAM_CACHE overrides it (the benchmark does). */
export function cacheDir(settings: Pick<ReorgConfig, 'diagramCacheDir'> = config): string {
	return settings.diagramCacheDir;
}

/** The files whose code decides how a diagram is drawn. */
const RENDERER_FILES = ['src/render/svg.ts', 'src/render/diagramStyle.ts', 'src/render/svgTask.ts', 'src/render/mermaidConfig.ts', 'src/render/browserRenderer.ts', 'src/render/siteFont.ts', 'src/render/cjkFont.ts'];

let rendererFingerprint: string | undefined;

/**
 * A hash of the mermaid version, the CJK font's version, the config, the renderer's own code and the browser that
 * draws (name and version): a change to any invalidates the cache (the font decides how wide a Chinese label is drawn), and every page that shows a diagram.
 */
export function fingerprint(): string {
	if (!rendererFingerprint) {
		const mermaidVersion = (require('mermaid/package.json') as { version: string }).version;
		const cjkFontVersion = (require('@fontsource/noto-sans-sc/package.json') as { version: string }).version;
		// Read from the project root, not import.meta.url: pages run this code from Astro's bundled chunks.
		const code = RENDERER_FILES.map((f) => readFileSync(join(process.cwd(), f), 'utf8'));
		rendererFingerprint = createHash('sha256').update(JSON.stringify([mermaidVersion, cjkFontVersion, MERMAID_CONFIG, code, renderBrowserIdentity()])).digest('hex');
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

/** The cached SVG for a key, or undefined. */
export function readCached(key: string, dir = cacheDir()): string | undefined {
	const path = join(dir, `${key}.svg`);
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** True when an SVG is cached under this key; reads nothing but the folder. */
export function isCached(key: string, dir = cacheDir()): boolean {
	return existsSync(join(dir, `${key}.svg`));
}

/** Stores an SVG under its key; written to a temporary name first so a crash never leaves half a file. */
export function writeCached(key: string, svg: string, dir = cacheDir()): void {
	mkdirSync(dir, { recursive: true });
	const tmp = join(dir, `${key}.${process.pid}.tmp`);
	writeFileSync(tmp, svg);
	renameSync(tmp, join(dir, `${key}.svg`));
}
