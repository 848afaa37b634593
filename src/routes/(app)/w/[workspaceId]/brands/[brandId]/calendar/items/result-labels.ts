import type { ResultField } from '$lib/domain/results';
import { m } from '$lib/paraglide/messages';

const LABELS: Record<ResultField, () => string> = {
	views: m.item_results_field_views,
	likes: m.item_results_field_likes,
	comments: m.item_results_field_comments,
	shares: m.item_results_field_shares,
	saves: m.item_results_field_saves,
	clicks: m.item_results_field_clicks,
	signUps: m.item_results_field_signUps
};

/** A result's name in the current language. */
export const resultLabel = (field: ResultField) => LABELS[field]();
