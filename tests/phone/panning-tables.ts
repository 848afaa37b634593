import type { Page } from '@playwright/test';

/**
 * The calendar page's week and month grids and list are not checked here: on a phone the calendar
 * is an agenda and a list of days, the calendar part of issue 18, which another branch builds.
 * Remove this when it lands (the calendar page and its `?view=` variants).
 */
export const checksPanning = (pattern: string) =>
	!/^\/w\/\[workspaceId\]\/brands\/\[brandId\]\/calendar(\?|$)/.test(pattern);

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
