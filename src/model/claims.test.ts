import { describe, expect, it } from 'vitest';
import { checkClaims } from './claims.ts';
import { loadReport } from '../load/loadReport.ts';
import type { Claim, ReportBundle } from './schema.ts';
import { XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';

const xiaomi = loadReport(XIAOMI_FIXTURE).bundle as ReportBundle;
const statusOf = (bundle: ReportBundle, id: string) => checkClaims(bundle).find((c) => c.claim.id === id);
const withClaim = (bundle: ReportBundle, check: Claim['check']): ReportBundle => ({
	...bundle,
	claims: [{ id: 'probe', quote: 'probe quote', statement: 'probe', section: bundle.report.sections[0].id, check }],
});

describe('the claims ledger of the Xiaomi report', () => {
	it('cannot confirm the third handover, because no source dates the MIUI move', () => {
		const checked = statusOf(xiaomi, 'third-handover');
		expect(checked?.status).toBe('not-checkable');
		expect(checked?.why).toMatch(/3 handovers .* only 2 certainly/);
	});

	it('confirms "respectively", the seven direct reports and the first adjustment since March', () => {
		expect(statusOf(xiaomi, 'respectively')?.status).toBe('confirmed');
		expect(statusOf(xiaomi, 'seven-direct-reports')?.why).toMatch(/7 seats .* \(10 before them\)/);
		expect(statusOf(xiaomi, 'first-adjustment-since-march')?.status).toBe('confirmed');
	});
});

describe('claim checks against altered data', () => {
	it('confirms a handover count once every handover is dated inside the window', () => {
		const dated = {
			...xiaomi,
			changes: xiaomi.changes.map((c) =>
				c.id === 'miui-to-smartphone' ? { ...c, date: { value: '2021-11-20', approximate: false } } : c,
			),
		};
		expect(statusOf(dated, 'third-handover')?.status).toBe('confirmed');
	});

	it('contradicts a handover count that the data exceeds', () => {
		const check = {
			type: 'handover-count',
			person: 'lei-jun',
			until: 'middle-platform-to-it',
			days: 31,
			expect: 1,
		} as const;
		expect(checkClaims(withClaim(xiaomi, check))[0].status).toBe('contradicted');
	});

	it('contradicts "respectively" when the order is swapped', () => {
		const check = {
			type: 'respectively',
			changes: ['youpin-to-xiaomi-china', 'miui-to-smartphone'],
			targets: ['smartphone', 'xiaomi-china'],
		} as const;
		const [result] = checkClaims(
			withClaim(xiaomi, { ...check, changes: [...check.changes], targets: [...check.targets] }),
		);
		expect(result.status).toBe('contradicted');
		expect(result.why).toMatch(/does not go into Smartphone Department/);
	});

	it('contradicts "first since" when an earlier change touches the unit', () => {
		const earlier = { ...xiaomi.changes[3], id: 'earlier', date: { value: '2021-06', approximate: false } };
		const bundle = { ...xiaomi, changes: [...xiaomi.changes, earlier] };
		expect(statusOf(bundle, 'first-adjustment-since-march')?.status).toBe('contradicted');
	});

	it('contradicts a direct-report count when a line is added', () => {
		const extra = { ...xiaomi.lines[1], id: 'extra', from: 'wang-xiang' };
		expect(statusOf({ ...xiaomi, lines: [...xiaomi.lines, extra] }, 'seven-direct-reports')?.status).toBe(
			'contradicted',
		);
	});
});
