/**
 * The WebKit driver: selenium-webdriver speaking W3C WebDriver to WebKitWebDriver (Debian's webkit2gtk-driver),
 * which runs under xvfb-run and starts our own window program (webkit-window.py) instead of MiniBrowser, whose
 * toolbar keeps its window 447 px or wider. The window holds nothing but the view, so a window of 390 × 844 is a
 * 390 × 844 viewport. Colour scheme and page scripts are switched in the running browser through the window's
 * `reorgLens` message handler (see webkit-window.py); a page opened after a switch gets the new mode.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Builder, type WebDriver } from 'selenium-webdriver';
import {
	EngineMissingError,
	settled,
	type EngineDriver,
	type Mode,
	type PageFunction,
	type Viewport,
} from './driver.ts';

/** The window program WebKitWebDriver starts. */
const WINDOW = fileURLToPath(new URL('./webkit-window.py', import.meta.url));
/** The name the window program gives its automation sessions; the session asks for it as browserName. */
const WINDOW_NAME = 'reorg-lens-webkit';

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
			);
		});
	});
}

/** Waits until WebKitWebDriver answers its status endpoint. */
async function waitForDriver(url: string, driver: ChildProcess, timeoutMs = 20_000): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end) {
		if (driver.exitCode !== null)
			throw new Error(`webkit: WebKitWebDriver exited with ${driver.exitCode} before it answered`);
		try {
			if ((await fetch(`${url}/status`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`webkit: WebKitWebDriver did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Starts WebKitWebDriver under a virtual X display with the window program and returns its driver. */
export async function launchWebKit(): Promise<EngineDriver> {
	for (const [bin, pkg] of [
		['/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
		['/usr/bin/xvfb-run', 'xvfb'],
		['/usr/bin/python3', 'python3-gi gir1.2-webkit2-4.1'],
	]) {
		if (!existsSync(bin))
			throw new EngineMissingError('webkit', bin, `Install it with \`apt-get install ${pkg}\` (.ci/run does).`);
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	// Its own process group, so that close() ends xvfb-run, Xvfb, the driver and the browser together.
	const server = spawn('xvfb-run', ['-a', '-s', '-screen 0 1920x1200x24', 'WebKitWebDriver', `--port=${port}`], {
		stdio: ['ignore', 'ignore', 'pipe'],
		detached: true,
	});
	let log = '';
	server.stderr?.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
	const stop = () => {
		try {
			if (server.pid) process.kill(-server.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	};
	let driver: WebDriver;
	try {
		await waitForDriver(url, server);
		driver = await new Builder()
			.usingServer(url)
			.withCapabilities({ browserName: WINDOW_NAME, 'webkitgtk:browserOptions': { binary: WINDOW, args: [] } })
			.build();
	} catch (error) {
		stop();
		throw new Error(`${(error as Error).message}\nWebKitWebDriver said:\n${log}`, { cause: error });
	}
	let mode: Mode = { scheme: 'light', scripts: true };
	const tell = (wish: object) =>
		driver.executeScript('window.webkit.messageHandlers.reorgLens.postMessage(arguments[0])', JSON.stringify(wish));
	const resize = async (viewport: Viewport) => {
		await driver
			.manage()
			.window()
			.setRect({ x: 0, y: 0, ...viewport });
		await driver.executeScript(settled);
	};
	return {
		engine: 'webkit',
		scriptsOff: true,
		async version() {
			const caps = await driver.getCapabilities();
			const ua = String(await driver.executeScript('return navigator.userAgent'));
			return `WebKitGTK ${caps.get('browserVersion') ?? '?'} (${ua.match(/AppleWebKit\/[\d.]+/)?.[0] ?? ua})`;
		},
		async setMode(next) {
			mode = next;
			await tell({ colorScheme: next.scheme, scripts: next.scripts });
		},
		async open(target, viewport) {
			await driver
				.manage()
				.window()
				.setRect({ x: 0, y: 0, ...viewport });
			await driver.get(target);
			// The first page of a run is opened before any mode was told to the window.
			if (
				!(
					(await driver.executeScript('return matchMedia("(prefers-color-scheme: dark)").matches')) ===
					(mode.scheme === 'dark')
				)
			) {
				await tell({ colorScheme: mode.scheme, scripts: mode.scripts });
				await driver.navigate().refresh();
			}
			await driver.executeScript(settled);
		},
		resize,
		evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) =>
			driver.executeScript<R>(`return (${fn.toString()})(arguments[0]);`, arg),
		async screenshot(path) {
			writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
		},
		async close() {
			try {
				await driver.quit();
			} catch {
				// the window may already have gone with its session
			}
			stop();
		},
	};
}
