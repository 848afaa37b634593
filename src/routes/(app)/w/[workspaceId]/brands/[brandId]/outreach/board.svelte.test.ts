import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import type { Stage } from '$lib/domain/pipeline';
import type { CollabCard } from '$lib/server/queries/collaboration-lists';
import Board from './board.svelte';

// The drop form posts through SvelteKit's `enhance`; here it records what the form sends.
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

function card(id: string, stage: Stage, creatorName: string): CollabCard {
	return {
		id,
		stage,
		version: 2,
		creatorId: `creator-${id}`,
		creatorName,
		doNotContact: false,
		platform: 'tiktok',
		handle: `@${id}`,
		campaignId: null,
		campaignName: null,
		ownerId: null,
		ownerName: '',
		nextStep: '',
		followUpOn: null,
		currency: 'USD',
		feeMinor: null,
		overdue: false
	};
}

const cards = [card('ana', 'prospect', 'Ana Ruiz'), card('bo', 'contacted', 'Bo Chen')];

async function renderBoard(canEdit = true) {
	const screen = await render(Board, {
		cards,
		totals: { prospect: 1, contacted: 1 },
		moreHref: (stage: Stage) => `?stage=${stage}`,
		canEdit,
		base: '/outreach',
		moveAction: '?/move',
		locale: 'en-US'
	});
	const column = (stage: Stage) =>
		screen.container.querySelector<HTMLElement>(`section[data-stage="${stage}"]`)!;
	const cardOf = (id: string) =>
		screen.container.querySelector<HTMLElement>(`[data-collaboration-id="${id}"]`)!;
	return { screen, column, cardOf };
}

const drag = (type: string, target: HTMLElement) => {
	const event = new DragEvent(type, {
		bubbles: true,
		cancelable: true,
		dataTransfer: new DataTransfer()
	});
	target.dispatchEvent(event);
	return event;
};

beforeEach(() => {
	sent.length = 0;
});

describe('outreach board', () => {
	it('puts each card in the column of its stage', async () => {
		const { column } = await renderBoard();
		await expect.element(page.getByRole('region', { name: 'Pipeline board' })).toBeVisible();
		expect(column('prospect').querySelector('[data-collaboration-id="ana"]')).not.toBeNull();
		expect(column('contacted').querySelector('[data-collaboration-id="bo"]')).not.toBeNull();
		expect(column('negotiating').textContent).toContain('Nothing here.');
	});

	it('highlights the column a card is dragged over, and only while it is', async () => {
		const { column, cardOf } = await renderBoard();
		drag('dragstart', cardOf('ana'));
		const over = drag('dragover', column('negotiating'));
		expect(over.defaultPrevented).toBe(true);
		await expect.poll(() => column('negotiating').className).toContain('outline-brand-700');
		drag('dragleave', column('negotiating'));
		await expect.poll(() => column('negotiating').className).not.toContain('outline-brand-700');
		// Drag ended without a drop: the board forgets the card, a later dragover is not a target.
		drag('dragend', cardOf('ana'));
		expect(drag('dragover', column('negotiating')).defaultPrevented).toBe(false);
		expect(sent).toEqual([]);
	});

	it('a drop on another column submits the card, its version and the new stage', async () => {
		const { column, cardOf } = await renderBoard();
		drag('dragstart', cardOf('ana'));
		drag('dragover', column('negotiating'));
		drag('drop', column('negotiating'));
		await expect
			.poll(() => sent)
			.toEqual([{ collaborationId: 'ana', version: '2', stage: 'negotiating', enhanced: '1' }]);
		await expect.poll(() => column('negotiating').className).not.toContain('outline-brand-700');
	});

	it('a drop back on its own column sends nothing', async () => {
		const { column, cardOf } = await renderBoard();
		drag('dragstart', cardOf('bo'));
		drag('dragover', column('contacted'));
		drag('drop', column('contacted'));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(sent).toEqual([]);
	});

	it('a viewer cannot drag: cards are not draggable and there is no drop form', async () => {
		const { screen, cardOf, column } = await renderBoard(false);
		expect(cardOf('ana').getAttribute('draggable')).toBeNull();
		expect(screen.container.querySelector('form[hidden]')).toBeNull();
		drag('dragstart', cardOf('ana'));
		drag('drop', column('negotiating'));
		expect(sent).toEqual([]);
	});
});
