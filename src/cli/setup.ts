/**
 * `npm run setup`: makes sure a Chromium is there for the build and the tests. It finds one, or installs one where
 * it can (apt-get as root on Debian or Ubuntu, else Playwright's installer), or stops with one line saying what to
 * run. It does the same for what the engine checks (`npm run test:engines`) drive: Firefox ESR, WebKitWebDriver, Xvfb
 * and WebKitGTK's Python bindings, from Debian's packages. Every step has a time limit, so it never hangs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_MESSAGE, requireRenderChromium } from '../render/findChromium.ts';

function run(command: string, args: string[], minutes: number): boolean {
	console.log(`setup: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		timeout: minutes * 60_000,
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	return result.status === 0;
}

function found(): string | undefined {
	try {
		return findChromium();
	} catch (error) {
		console.error(`setup: ${(error as Error).message}`);
		process.exit(1);
	}
}

let path = found();
if (!path) {
	const root = process.getuid?.() === 0;
	if (root && existsSync('/usr/bin/apt-get')) {
		if (run('apt-get', ['update', '-qq'], 5)) run('apt-get', ['install', '-y', '-qq', 'chromium'], 10);
		path = found();
	}
	if (!path) {
		run(process.execPath, ['node_modules/playwright-core/cli.js', 'install', 'chromium'], 5);
		path = found();
	}
}
if (!path) {
	console.error(`setup: ${NO_CHROMIUM_MESSAGE}`);
	process.exit(1);
}
// Chromium's headless shell draws diagrams and cards faster (see render/findChromium.ts); where apt can add it beside
// a system Chromium it does, and without it the full browser draws.
if (
	process.getuid?.() === 0 &&
	existsSync('/usr/bin/apt-get') &&
	path.startsWith('/usr/bin/chromium') &&
	!existsSync('/usr/bin/chromium-headless-shell')
) {
	run('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'], 10);
}
console.log(`setup: using Chromium at ${path}; drawing at build time with ${requireRenderChromium()}`);

/** What the engine checks need beside Chromium: a file each Debian package installs, and the package. */
const ENGINE_PACKAGES: [string, string][] = [
	['/usr/bin/firefox-esr', 'firefox-esr'],
	['/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
	['/usr/bin/xvfb-run', 'xvfb'],
	['/usr/lib/python3/dist-packages/gi/__init__.py', 'python3-gi'],
	['/usr/lib/x86_64-linux-gnu/girepository-1.0/WebKit2-4.1.typelib', 'gir1.2-webkit2-4.1'],
];
const missing = ENGINE_PACKAGES.filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg);
if (missing.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	if (!run('apt-get', ['install', '-y', '-qq', ...missing], 15) && run('apt-get', ['update', '-qq'], 5))
		run('apt-get', ['install', '-y', '-qq', ...missing], 15);
}
const still = ENGINE_PACKAGES.filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg);
console.log(
	still.length === 0
		? 'setup: Firefox ESR and WebKitGTK are there for the engine checks'
		: `setup: the engine checks need \`apt-get install ${still.join(' ')}\``,
);
