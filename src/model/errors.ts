/**
 * The error types of report data, in one place. Each carries a message that names the file, field and line, and
 * a hint that says how to fix it, in the shape of Astro's own errors, so the dev server's overlay and the terminal
 * show both.
 */
import { AstroError } from 'astro/errors';

/** Report data that does not validate: the build stops, the dev server shows it in its overlay. */
export class ReportDataError extends AstroError {
	constructor(message: string, hint?: string) {
		super(message, hint);
		this.name = 'ReportDataError';
	}
}

/** A page asked for a report that no content folder holds. */
export class UnknownReportError extends AstroError {
	constructor(id: string) {
		super(
			`No report "${id}" in the content folders.`,
			'check the report id in the URL or the component; report folders are named by their id',
		);
		this.name = 'UnknownReportError';
	}
}
