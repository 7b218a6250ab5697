/**
 * Where report folders live. The site publishes `content/reports`; tests and the benchmark point
 * `REORG_CONTENT` at other folders (a comma-separated list) to build fixtures or a synthetic corpus instead.
 */
import { resolve } from 'node:path';

/** The default folder of published reports. */
export const DEFAULT_CONTENT_ROOT = 'content/reports';

/** The folders that hold report folders, from REORG_CONTENT or the default, as absolute paths. */
export function contentRoots(env: Record<string, string | undefined> = process.env): string[] {
	const list = env.REORG_CONTENT?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
	return (list.length > 0 ? list : [DEFAULT_CONTENT_ROOT]).map((p) => resolve(p));
}

/** True when fixture reports (report.yaml `fixture: true`) are built too, which only tests ask for. */
export function includeFixtures(env: Record<string, string | undefined> = process.env): boolean {
	return env.REORG_FIXTURES === '1';
}
