/**
 * Our renderer as a whole process, for the benchmark's like-for-like comparison with the peers:
 * `node src/bench/renderProcess.ts <diagrams.json> <cache dir>` renders every diagram of the file into an empty
 * cache (browser start, mermaid, svgo, cache writes: all of it) and prints the render statistics as JSON.
 */
import { readFileSync } from 'node:fs';
import type { Diagram } from '../diagrams/types.ts';
import { renderDiagrams } from '../render/renderDiagrams.ts';

const [input, cache] = process.argv.slice(2);
if (!input || !cache) throw new Error('usage: node src/bench/renderProcess.ts <diagrams.json> <cache dir>');
const diagrams = JSON.parse(readFileSync(input, 'utf8')) as Diagram[];
console.log(JSON.stringify(await renderDiagrams(diagrams, cache)));
