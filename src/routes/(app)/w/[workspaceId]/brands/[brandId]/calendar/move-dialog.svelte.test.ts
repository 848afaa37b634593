import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import type { Card } from './move';
import MoveDialog from './move-dialog.svelte';
import type { Row } from './week-grid.svelte';

// The dialog's forms post through SvelteKit's `enhance`; here it records what each form sends,
// with the enhancement's own changes to the body (enhanceMove adds `enhanced`).
const sent = vi.hoisted(() => [] as Record<string, string>[]);
vi.mock('$app/forms', () => ({
	enhance(form: HTMLFormElement, submit: (input: { formData: FormData }) => unknown) {
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const formData = new FormData(form);
			submit({ formData });
			sent.push(Object.fromEntries(formData) as Record<string, string>);
		});
		return {};
	}
}));
vi.mock('$app/navigation', () => ({ invalidateAll: async () => {} }));

const rows: Row[] = [
	{ id: 'ch-tiktok', kind: 'tiktok', name: 'TikTok US' },
	{ id: 'ch-email', kind: 'email', name: 'Newsletter' },
	{ id: null, kind: '', name: 'No channel' }
];

function card(overrides: Record<string, unknown> = {}): Card {
	const fields = {
		id: 'item-1',
		title: 'Morning stretch',
		status: 'scheduled',
		scheduledDate: '2026-03-02',
		scheduledTime: '09:00',
		channelId: 'ch-tiktok',
		seriesId: null,
		version: 3,
		...overrides
	};
	return fields as unknown as Card;
}

async function renderDialog() {
	const screen = await render(MoveDialog, {
		action: '?/move',
		rows,
		zones: { 'ch-tiktok': 'America/Los_Angeles', 'ch-email': 'America/New_York' },
		brandZone: 'Asia/Shanghai',
		today: '2026-03-04',
		initial: null,
		closeHref: '/calendar'
	});
	return screen.component as unknown as {
		open: (item: Card) => Promise<void>;
		drop: (item: Card, date: string, channelId: string | null) => Promise<void>;
		unschedule: (item: Card) => Promise<void>;
	};
}

beforeEach(() => {
	sent.length = 0;
});

describe('move dialog', () => {
	it('moves a card from the keyboard: picks a day and a channel and submits them', async () => {
		const dialog = await renderDialog();
		await dialog.open(card());
		const form = page.getByRole('dialog', { name: 'Move “Morning stretch”' });
		await expect.element(form).toBeVisible();
		await expect.element(page.getByLabelText('Date')).toHaveValue('2026-03-02');
		await expect.element(page.getByLabelText('Channel')).toHaveValue('ch-tiktok');
		await userEvent.fill(page.getByLabelText('Date').element() as HTMLElement, '2026-03-05');
		await userEvent.selectOptions(
			page.getByLabelText('Channel').element() as HTMLElement,
			'Newsletter'
		);
		// The card has a time of its own: none is asked for.
		await expect.element(page.getByLabelText('Time')).not.toBeInTheDocument();
		await page.getByRole('button', { name: 'Move here' }).click();
		expect(sent).toEqual([
			{ itemId: 'item-1', version: '3', date: '2026-03-05', channelId: 'ch-email', enhanced: '1' }
		]);
	});

	it('asks for a time when the card has none, in the zone of the chosen channel', async () => {
		const dialog = await renderDialog();
		await dialog.open(card({ scheduledDate: null, scheduledTime: null, channelId: 'ch-email' }));
		await expect.element(page.getByLabelText('Date')).toHaveValue('2026-03-04');
		await expect.element(page.getByLabelText('Time')).toHaveValue('09:00');
		await expect.element(page.getByText(/America\/New_York/)).toBeVisible();
		await userEvent.fill(page.getByLabelText('Time').element() as HTMLElement, '18:30');
		await page.getByRole('button', { name: 'Move here' }).click();
		expect(sent).toEqual([
			{
				itemId: 'item-1',
				version: '3',
				date: '2026-03-04',
				channelId: 'ch-email',
				time: '18:30',
				enhanced: '1'
			}
		]);
	});

	it('offers Back to ideas for a scheduled card, which sends an empty date', async () => {
		const dialog = await renderDialog();
		await dialog.open(card());
		await page.getByRole('button', { name: 'Back to ideas' }).click();
		expect(sent).toEqual([
			{ itemId: 'item-1', version: '3', date: '', channelId: 'ch-tiktok', enhanced: '1' }
		]);
	});

	it('Cancel closes the dialog and sends nothing', async () => {
		const dialog = await renderDialog();
		await dialog.open(card());
		// A link to the calendar without ?move=, for the page without JavaScript.
		await page.getByRole('link', { name: 'Cancel' }).click();
		await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
		expect(sent).toEqual([]);
	});

	it('saves a dropped card that has a time at once, without opening', async () => {
		const dialog = await renderDialog();
		await dialog.drop(card(), '2026-03-06', null);
		await expect
			.poll(() => sent)
			.toEqual([
				{ itemId: 'item-1', version: '3', date: '2026-03-06', channelId: '', enhanced: '1' }
			]);
		await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
	});

	it('asks for a time for a dropped idea, and does nothing for a drop on its own cell', async () => {
		const dialog = await renderDialog();
		await dialog.drop(card(), '2026-03-02', 'ch-tiktok');
		expect(sent).toEqual([]);
		await dialog.drop(card({ scheduledDate: null, scheduledTime: null }), '2026-03-06', 'ch-email');
		await expect
			.element(page.getByRole('dialog', { name: 'Pick a time for “Morning stretch”' }))
			.toBeVisible();
		await expect.element(page.getByLabelText('Date')).not.toBeInTheDocument();
		await page.getByRole('button', { name: 'Move here' }).click();
		expect(sent).toEqual([
			{
				itemId: 'item-1',
				version: '3',
				date: '2026-03-06',
				channelId: 'ch-email',
				time: '09:00',
				enhanced: '1'
			}
		]);
	});
});
