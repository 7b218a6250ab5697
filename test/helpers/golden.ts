/**
 * Golden files: outputs kept in the repository, so that a change of output shows up as a diff to review. One helper
 * for every golden test. A missing or changed golden file fails the test, and the output is written beside it as
 * `<file>.changed`, so the difference can be read with any diff tool (observablehq/framework's tests do the same); a
 * passing run deletes a stale `.changed`. After a deliberate change, `UPDATE_GOLDEN=1` rewrites the golden files,
 * and the repository's diff is the review.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { expect } from 'vitest';
import { config } from '../../src/config.ts';

/** Expects `actual` to equal the golden file at `path`; see the module's comment for what happens when it does not. */
export function expectGolden(path: string, actual: string): void {
	const changed = `${path}.changed`;
	const shown = relative(process.cwd(), path);
	if (config.updateGolden) {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, actual);
		rmSync(changed, { force: true });
		return;
	}
	const expected = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	if (expected === actual) {
		rmSync(changed, { force: true });
		return;
	}
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(changed, actual);
	const fix = `compare ${shown}.changed with it; if the change is meant, run UPDATE_GOLDEN=1 npm run test:unit and review the diff`;
	if (expected === undefined)
		expect.fail(`golden file ${shown} is missing: the output is in ${shown}.changed; ${fix}`);
	expect(actual, `${shown} differs: ${fix}`).toBe(expected);
}
