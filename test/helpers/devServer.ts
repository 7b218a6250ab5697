/**
 * The authoring loop, measured: `astro dev` on a temporary copy of a report folder (through REORG_CONTENT, so
 * nothing under content/ is touched), then a one-field edit saved to its YAML and the time until the served page
 * shows it. `npm run bench` reports the median of a few edits that change only the page's text and of a few that
 * also change a diagram (re-rendered in the dev server's warm browser). The end-to-end test of the dev loop uses
 * the same server harness.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** A dev server started for a test or a measurement. */
export interface DevServer {
	/** The server's origin, such as http://127.0.0.1:4405 */
	origin: string;
	/** Everything the server printed so far. */
	output: () => string;
	/** Stops the server and everything it started. */
	stop: () => Promise<void>;
}

/** Copies a report folder into a fresh temporary content root and returns the root and the copy's path. */
export function copyReport(folder: string): { root: string; dir: string } {
	const root = mkdtempSync(join(tmpdir(), 'reorg-lens-dev-'));
	const dir = join(root, basename(folder));
	cpSync(folder, dir, { recursive: true });
	return { root, dir };
}

/** Waits until `check` returns true, polling every `everyMs`; returns the milliseconds it took, or throws after `timeoutMs`. */
async function waitUntil(
	check: () => Promise<boolean>,
	timeoutMs: number,
	what: string,
	everyMs = 50,
): Promise<number> {
	const started = performance.now();
	while (performance.now() - started < timeoutMs) {
		const done = await check().catch((error: Error) => {
			if (error.message.startsWith('the dev server exited')) throw error;
			return false;
		});
		if (done) return performance.now() - started;
		await new Promise((r) => setTimeout(r, everyMs));
	}
	throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** The HTML a path of the server returns now, whatever its status. */
async function pageText(origin: string, path: string): Promise<string> {
	const response = await fetch(new URL(path, origin), { signal: AbortSignal.timeout(30_000) });
	return response.text();
}

/** The environment of this process without what a test runner sets (NODE_ENV=test, VITEST…), which changes how Astro serves. */
function devEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development' };
	for (const key of Object.keys(env)) if (/^(VITEST|VITE_)/.test(key) || key === 'TEST') delete env[key];
	return env;
}

/** Starts `astro dev` on `port` with the report folders of `contentRoot`, and waits until it serves pages. */
export async function startDevServer(port: number, contentRoot: string, readyPath = '/'): Promise<DevServer> {
	const origin = `http://127.0.0.1:${port}`;
	let log = '';
	const child: ChildProcess = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
		{
			env: { ...devEnv(), REORG_CONTENT: contentRoot, REORG_FIXTURES: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		},
	);
	child.stdout?.on('data', (d) => (log += String(d)));
	child.stderr?.on('data', (d) => (log += String(d)));
	const stop = async () => {
		if (child.exitCode !== null || !child.pid) return;
		const exited = new Promise((r) => child.once('exit', r));
		process.kill(-child.pid, 'SIGTERM');
		await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
		if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
	};
	let last = '';
	try {
		await waitUntil(
			async () => {
				if (child.exitCode !== null) throw new Error(`the dev server exited (${child.exitCode})`);
				const response = await fetch(new URL(readyPath, origin), { signal: AbortSignal.timeout(30_000) });
				last = `${response.status}: ${(await response.text()).slice(0, 300)}`;
				return response.ok;
			},
			240_000,
			`the dev server on port ${port}`,
			500,
		);
	} catch (error) {
		await stop();
		throw new Error(`${(error as Error).message} (last answer ${last || 'none'})\n${log.slice(-3000)}`, {
			cause: error,
		});
	}
	return { origin, output: () => log, stop };
}

/** Rewrites one file of a folder with `edit`. */
export function editFile(dir: string, file: string, edit: (text: string) => string): void {
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = edit(before);
	if (after === before) throw new Error(`the edit of ${file} changed nothing`);
	writeFileSync(path, after);
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/**
 * Measures save-to-updated-page in the dev server for the Xiaomi report: `edits` renames of a unit that change the
 * page's text only, and as many that change a diagram label. Returns a row for the benchmark table.
 */
export async function devLoop(port: number, edits = 3): Promise<string[]> {
	const { root, dir } = copyReport(join(process.cwd(), 'content', 'reports', 'xiaomi-2021-12'));
	const path = '/reports/xiaomi-2021-12/';
	const server = await startDevServer(port, root, path);
	try {
		await pageText(server.origin, path);
		const time = async (file: string, from: RegExp, to: string, shows: string) => {
			editFile(dir, file, (t) => t.replace(from, to));
			return waitUntil(
				async () => (await pageText(server.origin, path)).includes(shows),
				300_000,
				`"${shows}" on the page`,
				100,
			);
		};
		const text: number[] = [];
		const diagram: number[] = [];
		for (let i = 1; i <= edits; i++)
			text.push(
				await time(
					'units.yaml',
					/^ {2}name: Smartphone [^\n]*$/m,
					`  name: Smartphone Department ${i}`,
					`Smartphone Department ${i}`,
				),
			);
		// A one-word label, so that mermaid's line wrapping cannot split what the page is searched for.
		for (let i = 1; i <= edits; i++)
			diagram.push(
				await time(
					'units.yaml',
					/^ {2}shortName: (Smartphone|Phones\d+)$/m,
					`  shortName: Phones${i}`,
					`>Phones${i}<`,
				),
			);
		const f = (n: number) => `${n.toFixed(0)} ms`;
		return [
			'dev loop, save to updated page',
			`text edit median ${f(median(text))} (${text.map(f).join(', ')})`,
			`diagram edit median ${f(median(diagram))} (${diagram.map(f).join(', ')})`,
			'goal < 1500 ms',
		];
	} finally {
		await server.stop();
	}
}
