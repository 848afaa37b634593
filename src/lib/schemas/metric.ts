import { z } from 'zod';
import { METRIC_KIND_KEYS } from '$lib/domain/metrics';
import { m } from '$lib/paraglide/messages';
import { maxChars } from './fields';

export const METRIC_LABEL_MAX = 60;

export const addMetricSchema = z.object({
	channelId: z.string().min(1, { error: () => m.entry_error_channel() }),
	kind: z.enum(METRIC_KIND_KEYS, { error: () => m.entry_error_kind() })
});

export const renameMetricSchema = z.object({
	metricId: z.string().min(1),
	version: z.number().int().min(1),
	label: z
		.string()
		.trim()
		.refine(...maxChars(METRIC_LABEL_MAX))
		.default('')
});

export const metricIdSchema = z.object({ metricId: z.string().min(1) });
