import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReportSet, newestFirst } from '../load/reportSet.ts';
import { peopleAcross, unitsAcross } from './appearances.ts';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'reports');
const EXAMPLE = join(process.cwd(), 'docs', 'example', 'acme-2031-06');
const { bundles } = loadReportSet([join(FIXTURES, 'northwind-2030-01'), join(FIXTURES, 'northwind-2031-04'), EXAMPLE], {
	withFixtures: true,
});

describe('entities across reports', () => {
	it('gathers a shared person’s reports and changes from both, the first report owning the id', () => {
		const ada = peopleAcross(bundles).find((e) => e.person.id === 'ada-quill');
		expect(ada?.bundles.map((b) => b.report.id)).toEqual(['northwind-2030-01', 'northwind-2031-04']);
		expect(ada?.changes.map((c) => `${c.bundle.report.id}/${c.change.id}`)).toEqual([
			'northwind-2030-01/labs-into-devices',
			'northwind-2031-04/robotics-created',
		]);
		expect(ada?.person.roles.map((r) => r.title)).toEqual(['President of Devices']);
	});

	it('gathers a shared unit with its changes in both reports', () => {
		const devices = unitsAcross(bundles).find((e) => e.unit.id === 'devices');
		expect(devices?.unit.name).toBe('Devices Division');
		expect(devices?.changes.map((c) => c.change.id)).toEqual(['labs-into-devices', 'robotics-created']);
	});
});

describe('report order', () => {
	it('puts the newest publication first, whatever the ids say', () => {
		expect([...bundles].sort(newestFirst).map((b) => b.report.id)).toEqual([
			'acme-2031-06',
			'northwind-2031-04',
			'northwind-2030-01',
		]);
	});
});
