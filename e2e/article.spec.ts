import { expect, test } from '@playwright/test';
import { measureColumn, noteLevels, notePlaces, tabStopsInText } from './layout.ts';
import { edition } from '../test/helpers/edition.ts';
import { ARTICLE, sourceBlocks } from './site.ts';

/** The counts of the published report, from its folder: a correction changes them there. */
const EDITION = edition('xiaomi-2021-12');

test.describe('the annotated article', () => {
	test('shows the report verbatim in real Chromium', async ({ page }) => {
		await page.goto(ARTICLE);
		const rendered = await page.$$eval('[data-source-para]', (els) =>
			els.map((el) => {
				const copy = el.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('[data-editorial]').forEach((e) => e.remove());
				return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
			}),
		);
		expect(rendered).toEqual(sourceBlocks('xiaomi-2021-12'));
	});

	for (const width of [1440, 1088]) {
		test(`lets the text flow with the notes in the margin at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(ARTICLE);
			const column = await measureColumn(page);
			// The text column: no blank rows, and at most 15 % of it spacing between blocks (73 % before notes floated).
			expect(column.blankRows, JSON.stringify(column)).toBeLessThanOrEqual(0.05);
			expect(column.blank, JSON.stringify(column)).toBeLessThanOrEqual(0.15);
			const places = await notePlaces(page);
			expect(places.length).toBe(EDITION.notes);
			for (const place of places) expect(place.note.left, place.id).toBeGreaterThanOrEqual(place.paraRight);
			// Level with their words: every note starts within 60 px of its words (all but two at least), never
			// over the note above and never beside another paragraph's drawing; the notes that would crowd the
			// margin show their heading, and the others are open.
			const levels = await noteLevels(page);
			const level = levels.filter((l) => Math.abs(l.drift) <= 60);
			expect(level.length, JSON.stringify(levels.map((l) => [l.id, l.drift]))).toBeGreaterThanOrEqual(
				EDITION.notes - 2,
			);
			expect(levels.filter((l) => l.overlapsPrevious || l.besideOther.length > 0)).toEqual([]);
			const open = levels.filter((l) => !l.folded);
			expect(open.length).toBeGreaterThanOrEqual(6);
			for (const { id, folded } of levels) {
				await expect(page.locator(`#${id} .note-body`), id).toBeVisible({ visible: !folded });
				await expect(page.locator(`#${id} .note-fold > summary`), id).toBeVisible({ visible: folded });
			}
		});
	}

	test('tells the story first on a phone: headline, summary and first paragraph within 1.5 screens', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(ARTICLE);
		const bottom = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
		const top = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => el.getBoundingClientRect().top + scrollY);
		for (const selector of ['h1', '[data-editorial] strong', '#p1'])
			expect(await bottom(selector), selector).toBeLessThanOrEqual(1.5 * 844);
		await expect(page.locator('#p1')).toBeVisible();
		// The organisation at a glance follows the paragraph that says what the story is.
		expect(await top('.report-text figure[data-diagram-kind^="org"]')).toBeGreaterThanOrEqual(await bottom('#p1'));
		expect(await top('.report-text figure[data-diagram-kind^="org"]')).toBeLessThanOrEqual(
			(await bottom('#p1')) + 200,
		);
	});

	test("puts each note's chip at its words on a phone", async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(ARTICLE);
		const chips = await page.locator('.report-text aside.note').evaluateAll((notes) =>
			notes.map((note) => {
				const chip = note.querySelector('.note-fold > summary')!.getBoundingClientRect();
				const words = document.getElementById(`${note.id}-at`)?.getBoundingClientRect();
				return { id: note.id, below: words ? Math.round(chip.top - words.top) : 0 };
			}),
		);
		expect(chips).toHaveLength(EDITION.notes);
		// On the words' line or the next (the chip may wrap), never lines later.
		expect(chips.filter((c) => c.below < -2 || c.below > 60)).toEqual([]);
	});

	test('fills the right half of the first desktop screen', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(ARTICLE);
		const right = await page.evaluate(() =>
			[...document.querySelectorAll('.report .toc, .report-text aside.note')]
				.map((el) => ({ el: el.id || el.className, box: el.getBoundingClientRect() }))
				.filter(({ box }) => box.left >= 720 && box.top < 900 && box.height > 0)
				.map(({ el }) => el),
		);
		// The contents beside the headline, and the first paragraph's notes beside it, on the first screen.
		expect(right).toContain('toc mt-6 max-w-[38rem] font-sans text-sm');
		expect(right.filter((id) => id.startsWith('note-')).length).toBeGreaterThanOrEqual(1);
	});

	test("shows a long note's first lines and the rest behind a real disclosure on wide screens", async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(ARTICLE);
		const note = page.locator('#note-wang-xiang');
		await expect(note.locator('.note-body > p').first()).toHaveText(
			/^Group President of Xiaomi since November 2019/,
		);
		await expect(note.getByText('He retired at the end of 2022')).toBeHidden();
		const summary = note.locator('.note-more > summary');
		await expect(summary).toHaveAccessibleName('More on Wang Xiang');
		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(note.getByText('He retired at the end of 2022')).toBeVisible();
	});

	test('folds notes into toggles after their words on narrow screens', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(ARTICLE);
		const note = page.locator('#note-lei-jun');
		await expect(note.locator('.note-body')).toBeHidden();
		const toggle = note.locator('.note-fold > summary');
		await expect(toggle).toBeVisible();
		await expect(toggle).toHaveText('Person: Lei Jun');
		await expect(toggle.locator('.note-kind')).toBeVisible();
		await toggle.click();
		await expect(note.locator('.note-body')).toBeVisible();
		await expect(note.locator('.note-body')).toContainText('Founder, chairman and chief executive of Xiaomi');
		const para = await page.locator('#p1').boundingBox();
		const body = await note.locator('.note-body').boundingBox();
		expect(body && para && body.x >= para.x && body.x + body.width <= para.x + para.width + 1).toBeTruthy();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});

	test('is complete with JavaScript disabled', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
		const page = await context.newPage();
		await page.goto(ARTICLE);
		await expect(page.locator('h1')).toHaveText(sourceBlocks('xiaomi-2021-12')[0]);
		await expect(page.locator('aside.note:not(.note--folded)').first().locator('.note-body')).toBeVisible();
		await expect(page.locator('aside.note.note--folded').first().locator('.note-fold > summary')).toBeVisible();
		await expect(page.locator('figure.diagram svg').first()).toBeVisible();
		await expect(page.locator('[data-theme-toggle]')).toBeHidden();
		await context.close();
	});

	test('opens a change link on the highlighted sentence', async ({ page }) => {
		await page.goto(`${ARTICLE}#change-youpin-to-xiaomi-china`);
		const anchor = page.locator('#change-youpin-to-xiaomi-china');
		await expect(anchor).toBeInViewport();
		const background = await anchor.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).not.toBe('rgba(0, 0, 0, 0)');
	});

	test('starts keyboard navigation with a visible skip link', async ({ page }) => {
		await page.goto(ARTICLE);
		await page.keyboard.press('Tab');
		const skip = page.locator('.skip-link');
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('#main')).toBeFocused();
	});

	test('remembers the theme chosen with the toggle', async ({ page }) => {
		await page.goto(ARTICLE);
		const toggle = page.locator('[data-theme-toggle]');
		await expect(toggle).toBeVisible();
		const before = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		await toggle.click();
		const after = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(after).not.toBe(before);
		await page.reload();
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(after);
	});

	test('makes no request to any other host and logs no error', async ({ page }) => {
		const foreign: string[] = [];
		const errors: string[] = [];
		page.on('request', (r) => {
			if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:')) foreign.push(r.url());
		});
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(ARTICLE, { waitUntil: 'networkidle' });
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
	});
});

test.describe('sharing one change', () => {
	test('copies the permalink with JavaScript and keeps a plain link without it', async ({ browser, browserName }) => {
		const context = await browser.newContext({
			permissions: browserName === 'chromium' ? ['clipboard-read', 'clipboard-write'] : [],
		});
		const page = await context.newPage();
		await page.goto('/reports/xiaomi-2021-12/changes/youpin-to-xiaomi-china/');
		await page.locator('[data-copy-link]').click();
		await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
			/\/reports\/xiaomi-2021-12\/changes\/youpin-to-xiaomi-china\/$/,
		);
		await context.close();
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const plain = await noJs.newPage();
		await plain.goto('/reports/xiaomi-2021-12/changes/youpin-to-xiaomi-china/');
		await expect(plain.locator('[data-copy-link]')).toBeHidden();
		await expect(plain.locator('a.permalink')).toHaveAttribute(
			'href',
			'/reports/xiaomi-2021-12/changes/youpin-to-xiaomi-china/',
		);
		await expect(plain.locator('blockquote')).toContainText('YOUPIN E-commerce Department');
		await noJs.close();
	});

	test('goes from the change page back to the highlighted sentence in the article', async ({ page }) => {
		await page.goto('/reports/xiaomi-2021-12/changes/international-sales-formed/');
		await page.getByRole('link', { name: 'Read it in the article' }).click();
		await expect(page).toHaveURL(/#change-international-sales-formed/);
		const anchor = page.locator('#change-international-sales-formed');
		await expect(anchor).toBeInViewport();
		expect(await anchor.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
	});
});

test.describe('search', () => {
	test('says plainly without JavaScript that search needs it, and links to the reports and the feed', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/search/');
		await expect(page.getByRole('searchbox')).toBeHidden();
		const status = page.locator('[data-search-status]');
		await expect(status).toContainText('Search needs JavaScript');
		await expect(status).toContainText('one link away from the list of reports');
		const reports = status.getByRole('link', { name: 'the list of reports' });
		const feed = status.getByRole('link', { name: 'the site feed' });
		await reports.click();
		await expect(page.locator('h1')).toBeVisible();
		expect(new URL(page.url()).pathname).toBe('/');
		await page.goBack();
		const response = await page.request.get((await feed.getAttribute('href'))!);
		expect(response.ok()).toBe(true);
		expect(await response.text()).toContain('<feed');
		await context.close();
	});

	test('shows the search box once JavaScript runs', async ({ page }) => {
		await page.goto('/search/');
		await expect(page.getByRole('searchbox', { name: 'Search the reports' })).toBeVisible();
		await expect(page.locator('[data-search-status]')).toHaveText('');
	});

	test('finds a change and loads Pagefind only on the search page', async ({ page }) => {
		const loaded: string[] = [];
		page.on('request', (r) => r.url().includes('/pagefind/') && loaded.push(r.url()));
		await page.goto('/reports/xiaomi-2021-12/');
		expect(loaded).toEqual([]);
		await page.goto('/search/');
		expect(loaded).toEqual([]);
		await page.getByRole('searchbox', { name: 'Search the reports' }).fill('Youpin');
		await page.getByRole('button', { name: 'Search' }).click();
		await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results? for “Youpin”/);
		await expect(page.locator('[data-search-results] a[href*="youpin-to-xiaomi-china"]').first()).toBeVisible();
		expect(loaded.length).toBeGreaterThan(0);
	});
});

test.describe('notes anchored to their words', () => {
	test('marks the words of every anchored note and links words and note both ways', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(ARTICLE);
		const anchors = page.locator('.report-text a.note-anchor');
		expect(await anchors.count()).toBe(EDITION.notes);
		for (const anchor of await anchors.all()) {
			const href = (await anchor.getAttribute('href'))!;
			const note = page.locator(href);
			await expect(note).toHaveCount(1);
			await expect(note.locator('a.note-title')).toHaveAttribute('href', `#${await anchor.getAttribute('id')}`);
			expect(await anchor.evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('dotted');
		}
	});

	test('highlights the note when its words are hovered or focused, and the words when the note is', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(ARTICLE);
		const plain = 'rgba(0, 0, 0, 0)';
		const background = (selector: string) =>
			page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
		const outline = (selector: string) =>
			page.locator(selector).evaluate((el) => getComputedStyle(el).outlineStyle);
		const ids = await page
			.locator('.report-text a.note-anchor')
			.evaluateAll((els) => els.map((el) => el.getAttribute('href')!.slice(1)));
		for (const id of ids) {
			const words = `#${id}-at`;
			const note = `#${id}`;
			expect(await outline(note), `${id}: at rest`).toBe('none');
			await page.locator(words).hover();
			expect(await outline(note), `${id}: hovering the words`).toBe('solid');
			await page.mouse.move(0, 0);
			await page.locator(`${note} :is(.note-body, .note-fold > summary):visible`).first().hover();
			expect(await background(words), `${id}: hovering the note`).not.toBe(plain);
			await page.mouse.move(0, 0);
			expect(await background(words)).toBe(plain);
			await page.locator(words).focus();
			expect(await outline(note), `${id}: focusing the words`).toBe('solid');
			// An open note's title links back to its words; a folded note's heading is its disclosure.
			const title = page.locator(`${note} :is(a.note-title, .note-fold > summary):visible`).first();
			await title.focus();
			expect(await background(words), `${id}: focusing the note`).not.toBe(plain);
			await page.locator(words).blur();
			await title.blur();
		}
	});
});

test.describe('the article with a keyboard and a screen reader', () => {
	test('exposes each note on wide screens as a note named by kind and title, open or folded to a disclosure', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(ARTICLE);
		await expect(page.getByRole('note', { name: 'Person: Wang Xiang', exact: true })).toBeVisible();
		await expect(page.getByRole('note', { name: 'Context: Which Friday?', exact: true })).toBeVisible();
		expect(await page.getByRole('note').count()).toBe(EDITION.notes);
		const open = await page.locator('#note-wang-xiang').ariaSnapshot();
		expect(open).toContain('Group President of Xiaomi since November 2019');
		expect(open).not.toMatch(/expanded/);
		const folded = page.locator('.report-text .note--folded .note-fold > summary');
		expect(await folded.count()).toBeGreaterThan(0);
		expect(await folded.count()).toBeLessThanOrEqual(11);
		const first = folded.first();
		await expect(first).toBeVisible();
		await first.click();
		await expect(first.locator('xpath=ancestor::aside').locator('.note-body')).toBeVisible();
		// Only folded notes are disclosures on a wide screen.
		expect(await page.locator('.report-text .note:not(.note--folded) .note-fold > summary:visible').count()).toBe(
			0,
		);
	});

	test('keeps landmarks few and headings free of the visual label', async ({ page }) => {
		await page.goto(ARTICLE);
		expect(await page.getByRole('complementary').count()).toBe(0);
		expect(await page.getByRole('region').count()).toBeLessThanOrEqual(4);
		const heading = page.getByRole('heading', {
			name: 'The handover of the Business Middle Platform',
			exact: true,
		});
		await expect(heading).toBeVisible();
		await expect(heading.locator('.editorial-tag')).toBeVisible();
		const names = await page.getByRole('heading').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
		expect(names.length).toBeGreaterThan(10);
		expect(await page.getByRole('heading', { name: /^Our / }).count()).toBe(0);
		await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
	});

	test('follows the reading order with the keyboard, paragraph by paragraph, notes with their paragraph', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(ARTICLE);
		const stops = await tabStopsInText(page);
		expect(stops.length).toBeGreaterThan(20);
		for (let i = 1; i < stops.length; i++) {
			expect(stops[i].blockTop, `${stops[i - 1].label} → ${stops[i].label}`).toBeGreaterThanOrEqual(
				stops[i - 1].blockTop - 1,
			);
		}
		// Only the folded notes' headings are disclosures to stop at.
		const folded = await page.locator('.report-text .note--folded').count();
		expect(
			stops.filter(
				(s) => s.label.startsWith('summary') && /Person|Context|Term|Analysis|Correction/.test(s.label),
			).length,
		).toBeLessThanOrEqual(folded);
	});

	test('names each change link after the change and gives it a 24 px target', async ({ page }) => {
		await page.goto(ARTICLE);
		const links = page.locator('.report-text a.change-link');
		expect(await links.count()).toBe(EDITION.changes.length);
		for (const link of await links.all()) {
			const name = (await link.getAttribute('aria-label'))!;
			expect(name).toMatch(/^link: the page of the change “.+”$/);
			const box = (await link.boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(24);
			expect(box.width).toBeGreaterThanOrEqual(24);
		}
	});

	test('reads each change title once in the list of changes, which links to the diagram beside the text', async ({
		page,
	}) => {
		await page.goto(ARTICLE);
		const entries = page.locator('#changes li[id^="entry-"]');
		expect(await entries.count()).toBe(EDITION.changes.length);
		for (const entry of await entries.all()) {
			const title = (await entry.getByRole('heading', { level: 3 }).textContent())!.trim();
			// The heading's own link is the heading, read once: the snapshot prints its name twice.
			const lines = (await entry.ariaSnapshot()).split('\n');
			const reads = lines.filter(
				(line, i) =>
					line.includes(title) && !(/^\s*- link /.test(line) && /- heading /.test(lines[i - 1] ?? '')),
			);
			expect(reads, lines.join('\n')).toHaveLength(1);
		}
	});

	test('reads each change diagram beside the text under its title at most twice: the figure and its heading', async ({
		page,
	}) => {
		await page.goto(ARTICLE);
		const figures = page.locator('.report-text figure[data-diagram-kind="change"]');
		expect(await figures.count()).toBe(EDITION.changes.length);
		for (const figure of await figures.all()) {
			const title = (await figure.getByRole('heading').first().textContent())!.trim();
			const lines = (await figure.ariaSnapshot()).split('\n');
			const reads = lines.filter((line) => line.includes(title));
			expect(reads.length, lines.join('\n')).toBeGreaterThanOrEqual(1);
			expect(reads.length, lines.join('\n')).toBeLessThanOrEqual(2);
			await expect(figure.getByRole('img')).toHaveAccessibleName('Diagram; the same facts follow as text');
		}
	});

	test('marks Chinese text with lang="zh" and gives every element a unique id', async ({ page }) => {
		await page.goto(ARTICLE);
		const unmarked = await page.evaluate(() => {
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			const out: string[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (
					/[\u3400-\u9fff]/.test(node.textContent ?? '') &&
					!node.parentElement?.closest('svg') &&
					node.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'zh'
				)
					out.push(node.textContent!.trim());
			}
			return out;
		});
		expect(unmarked).toEqual([]);
		expect(await page.locator('.report-text [lang="zh"]').count()).toBeGreaterThanOrEqual(5);
		const duplicates = await page.evaluate(() => {
			const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
			return ids.filter((id, i) => ids.indexOf(id) !== i || id === 'note-');
		});
		expect(duplicates).toEqual([]);
	});
});

test.describe('diagrams in the story', () => {
	test("puts each change's diagram within 1,200 px of its sentence at 1440 px", async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(ARTICLE);
		const ids = await page
			.locator('.report-text .change-anchor')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-change')!));
		expect([...ids].sort()).toEqual([...EDITION.changes].sort());
		for (const id of ids) {
			const sentence = (await page.locator(`#change-${id}`).boundingBox())!;
			const figure = page.locator(`.report-text #diagram-change-${id}`);
			await expect(figure, id).toHaveCount(1);
			const box = (await figure.boundingBox())!;
			const distance =
				box.y >= sentence.y + sentence.height
					? box.y - (sentence.y + sentence.height)
					: Math.max(0, sentence.y - (box.y + box.height));
			expect(distance, id).toBeLessThanOrEqual(1200);
			// Drawn once: the list of changes links to it.
			await expect(page.locator(`#entry-${id} a[href="#diagram-change-${id}"]`)).toHaveCount(1);
			await expect(page.locator(`[id="diagram-change-${id}"]`)).toHaveCount(1);
		}
	});

	test('puts the overview diagrams where the story needs them, and lists them in the appendix', async ({ page }) => {
		await page.goto(ARTICLE);
		await expect(page.locator('#middle-platform figure[data-diagram-kind="org-after"]')).toHaveCount(1);
		await expect(page.locator('#three-handovers figure[data-diagram-kind="timeline"]')).toHaveCount(1);
		await expect(page.locator('#direct-reports figure[data-diagram-kind="direct-reports"]')).toHaveCount(1);
		await expect(page.locator('#international figure[data-diagram-kind="unit-restructure"]')).toHaveCount(1);
		for (const href of await page
			.locator('#diagrams a.jump-link')
			.evaluateAll((els) => els.map((el) => el.getAttribute('href')!))) {
			await expect(page.locator(`.report-text ${href}`), href).toHaveCount(1);
		}
	});
});

test.describe('print', () => {
	test('prints notes and text equivalents open, captions with figures, no screen-only links', async ({ page }) => {
		await page.goto(ARTICLE);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('#note-wang-xiang').getByText('He retired at the end of 2022')).toBeVisible();
		await expect(page.locator('#note-lei-jun .note-head')).toBeVisible();
		await expect(page.locator('figure.diagram').first().locator('details li').first()).toBeVisible();
		await expect(page.locator('figure.diagram a[href$=".mmd"]').first()).toBeHidden();
		await expect(page.locator('.report-text a.change-link').first()).toBeHidden();
		expect(
			await page
				.locator('figure.diagram .figure-box')
				.first()
				.evaluate((el) => getComputedStyle(el).breakAfter),
		).toBe('avoid');
		const pdf = await page.pdf({ format: 'A4' });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		// Every diagram prints whole across the page's width, below the notes (e2e/print.spec.ts): 17 pages, where 14
		// cut the wide drawings at the column's edge.
		expect(pages, `${pages} A4 pages`).toBeLessThanOrEqual(17);
	});
});
