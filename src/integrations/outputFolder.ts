/**
 * The one place that decides what a failed build leaves behind: nothing. A host or a deploy step that publishes
 * whatever is in the output folder must never find a half-written or broken site there, so any step of the build
 * that fails after the folder may have been written (drawing, copying cards, the last look) runs through
 * `publishOrDiscard`, which removes the folder before the failure is reported.
 */
import { rmSync } from 'node:fs';

/** Runs a step of the build; if it fails, the output folder is removed and the failure says so. */
export async function publishOrDiscard<T>(outDir: string, step: () => T | Promise<T>): Promise<T> {
	try {
		return await step();
	} catch (error) {
		rmSync(outDir, { recursive: true, force: true });
		if (error instanceof Error)
			error.message += `\n(The output folder ${outDir} was removed, so nothing of this build can be published.)`;
		throw error;
	}
}
