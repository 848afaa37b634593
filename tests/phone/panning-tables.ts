import type { Page } from '@playwright/test';

/**
 * The calendar's week grid is the one table left to pan on a phone, by choice: a phone opens the
 * calendar on the day agenda and shows a month as a list of days; someone who asks for the week
 * (`?view=week`) gets its seven columns in a labelled region that scrolls sideways.
 */
export const checksPanning = (pattern: string) =>
	!/^\/w\/\[workspaceId\]\/brands\/\[brandId\]\/calendar\?view=week/.test(pattern);

/**
 * The tables of a page that a phone user would have to pan: wider than the box that scrolls or
 * clips them. The page itself may still fit (the box scrolls), which is not what a phone user
 * wants: on a phone a table is a list of cards (app.css, `cards-on-phone`). Named by caption.
 */
export function tablesThatPan(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('table')]
			.filter((table) => table.checkVisibility())
			.filter((table) => {
				let box = table.parentElement;
				while (box && box !== document.body && getComputedStyle(box).overflowX === 'visible')
					box = box.parentElement;
				return !!box && box !== document.body && box.scrollWidth > box.clientWidth + 1;
			})
			.map((table) => table.caption?.textContent?.trim() || table.className)
	);
}
