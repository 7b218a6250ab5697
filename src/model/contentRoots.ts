/**
 * Where report folders live. The site publishes `content/reports`; tests and the benchmark point
 * `REORG_CONTENT` at other folders (a comma-separated list) to build fixtures or a synthetic corpus instead.
 * The environment is read once, in src/config.ts.
 */
import { config, type ReorgConfig } from '../config.ts';

/** The folders that hold report folders, from REORG_CONTENT or the default, as absolute paths. */
export function contentRoots(settings: Pick<ReorgConfig, 'contentRoots'> = config): string[] {
	return [...settings.contentRoots];
}

/** True when fixture reports (report.yaml `fixture: true`) are built too, which only tests ask for. */
export function includeFixtures(settings: Pick<ReorgConfig, 'fixtures'> = config): boolean {
	return settings.fixtures;
}
