import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import type { Card } from './move';
import WeekGrid, { type Row } from './week-grid.svelte';

const days = ['2026-03-02', '2026-03-03', '2026-03-04'];
const rows: Row[] = [
	{ id: 'ch-tiktok', kind: 'tiktok', name: 'TikTok US' },
	{ id: 'ch-email', kind: 'email', name: 'Newsletter' },
	{ id: null, kind: '', name: 'No channel' }
];

/** The fields of a grid card the week grid and its cards read; the rest is the loader's. */
function item(id: string, scheduledDate: string, channelId: string | null): Card {
	const fields = {
		id,
		title: `Post ${id}`,
		status: 'scheduled',
		scheduledDate,
		scheduledTime: '09:00',
		channelId,
		seriesId: null,
		version: 1
	};
	return fields as unknown as Card;
}

async function renderGrid(props: { items: Card[]; canEdit?: boolean; dragging?: Card | null }) {
	const onDrop = vi.fn();
	// Under `props`: `events` is also the name of a mount option.
	const screen = await render(WeekGrid, {
		props: {
			days,
			rows,
			items: props.items,
			today: '2026-03-03',
			locale: 'en-US',
			caption: 'Week of 2 March',
			canEdit: props.canEdit ?? true,
			base: '/w/ws/brands/b/calendar',
			card: (card: Card) => ({
				item: card,
				href: `/items/${card.id}`,
				moveHref: `?move=${card.id}`,
				onMove: () => {},
				onDragStart: () => {},
				onDragEnd: () => {}
			}),
			dragging: props.dragging ?? null,
			onDrop,
			events: {},
			bands: []
		}
	});
	const cell = (day: string, channelId: string | null) =>
		screen.container.querySelector<HTMLTableCellElement>(
			`td[data-cell="${day}|${channelId ?? ''}"]`
		)!;
	return { screen, cell, onDrop };
}

describe('week grid', () => {
	it('puts every item in the cell of its day and channel, and only there', async () => {
		const { screen, cell } = await renderGrid({
			items: [
				item('a', '2026-03-02', 'ch-tiktok'),
				item('b', '2026-03-04', 'ch-email'),
				item('c', '2026-03-04', 'ch-email'),
				item('d', '2026-03-03', null)
			]
		});
		await expect.element(screen.getByRole('table', { name: 'Week of 2 March' })).toBeVisible();
		// Three days × three rows.
		expect(screen.container.querySelectorAll('td[data-cell]')).toHaveLength(9);
		const idsIn = (td: HTMLTableCellElement) =>
			[...td.querySelectorAll('[data-item-id]')].map((el) => el.getAttribute('data-item-id'));
		expect(idsIn(cell('2026-03-02', 'ch-tiktok'))).toEqual(['a']);
		expect(idsIn(cell('2026-03-04', 'ch-email'))).toEqual(['b', 'c']);
		expect(idsIn(cell('2026-03-03', null))).toEqual(['d']);
		expect(idsIn(cell('2026-03-02', 'ch-email'))).toEqual([]);
		expect(screen.container.querySelectorAll('[data-item-id]')).toHaveLength(4);
	});

	it('heads the rows with the channels and marks today', async () => {
		const { screen } = await renderGrid({ items: [] });
		await expect.element(screen.getByRole('rowheader', { name: 'TikTok US' })).toBeVisible();
		await expect.element(screen.getByRole('rowheader', { name: 'Newsletter' })).toBeVisible();
		const current = screen.container.querySelectorAll('th[aria-current="date"]');
		expect(current).toHaveLength(1);
	});

	it('offers an add link per cell and a Move control per card to an editor, neither to a viewer', async () => {
		const editor = await renderGrid({ items: [item('a', '2026-03-02', 'ch-tiktok')] });
		const add = editor.cell('2026-03-03', 'ch-email').querySelector('a')!;
		expect(add.getAttribute('href')).toBe(
			'/w/ws/brands/b/calendar/items/new?date=2026-03-03&channel=ch-email'
		);
		await expect.element(page.getByRole('button', { name: 'Move “Post a”' })).toBeVisible();
		await editor.screen.unmount();
		const viewer = await renderGrid({
			items: [item('a', '2026-03-02', 'ch-tiktok')],
			canEdit: false
		});
		expect(viewer.screen.container.querySelectorAll('td a[href*="/items/new"]')).toHaveLength(0);
		await expect.element(page.getByText('Post a')).toBeVisible();
		await expect
			.element(page.getByRole('button', { name: 'Move “Post a”' }))
			.not.toBeInTheDocument();
	});

	it('hands a drop on a cell to onDrop with its day and channel while a card is dragged', async () => {
		const dragged = item('a', '2026-03-02', 'ch-tiktok');
		const { cell, onDrop } = await renderGrid({ items: [dragged], dragging: dragged });
		const target = cell('2026-03-04', null);
		target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true }));
		await expect.poll(() => target.className).toContain('outline-brand-700');
		target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true }));
		expect(onDrop).toHaveBeenCalledExactlyOnceWith('2026-03-04', null);
		await expect.poll(() => target.className).not.toContain('outline-brand-700');
	});

	it('ignores a drop when nothing is being dragged', async () => {
		const { cell, onDrop } = await renderGrid({ items: [] });
		const target = cell('2026-03-03', 'ch-tiktok');
		const over = new DragEvent('dragover', { bubbles: true, cancelable: true });
		target.dispatchEvent(over);
		expect(over.defaultPrevented).toBe(false);
		target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true }));
		expect(onDrop).not.toHaveBeenCalled();
	});

	// The grid scrolls sideways on a narrow screen; a keyboard scrolls what has focus.
	it("lets a keyboard reach a viewer's empty week: the grid's region takes focus", async () => {
		await renderGrid({ items: [], canEdit: false });
		const region = page.getByRole('region', { name: 'Week of 2 March' });
		await userEvent.keyboard('{Tab}');
		// The first stop: with no card and no add link there is nothing else in it to focus.
		await expect.element(region).toHaveFocus();
	});
});
