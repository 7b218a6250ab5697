/**
 * Our renderer as a whole process, for the benchmark's like-for-like comparison with the peers:
 * - `node bench/renderProcess.ts <diagrams.json> <cache dir>` renders every diagram of the file into an empty
 *   cache (browser start, mermaid, svgo, cache writes: all of it) and prints the render statistics as JSON;
 * - `node bench/renderProcess.ts --site` runs the build's whole drawing phase for the published reports (their
 *   diagrams, then their share cards, in one browser) into the cache that REORG_DIAGRAM_CACHE names, as a cold build
 *   does when that cache is empty.
 */
import { readFileSync } from 'node:fs';
import type { Diagram } from '../src/diagrams/types.ts';

// Each mode imports only what it runs, so that neither is timed loading the other's modules.
const [input, cache] = process.argv.slice(2);
if (input === '--site') {
	const [{ drawDiagramsAndCards }, { loadSiteReports }] = await Promise.all([
		import('../src/integrations/diagrams.ts'),
		import('../src/load/reportSet.ts'),
	]);
	console.log(JSON.stringify(await drawDiagramsAndCards(loadSiteReports().bundles)));
} else if (input && cache) {
	const { renderDiagrams } = await import('../src/render/renderDiagrams.ts');
	console.log(JSON.stringify(await renderDiagrams(JSON.parse(readFileSync(input, 'utf8')) as Diagram[], cache)));
} else throw new Error('usage: node bench/renderProcess.ts <diagrams.json> <cache dir> | --site');
