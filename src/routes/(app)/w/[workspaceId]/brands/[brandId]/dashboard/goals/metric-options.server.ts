import { metricName } from '$lib/i18n/metrics';
import { METRIC_INFO } from '$lib/domain/metrics';
import { db } from '$lib/server/db';
import { listMetrics } from '$lib/server/queries/metrics';

/** The brand's metrics as the goal form's choices, named in the request's language. */
export async function metricOptions(brandId: string) {
	const metrics = await listMetrics(db, brandId);
	return metrics.map((metric) => ({
		id: metric.id,
		name: metricName(metric),
		nature: METRIC_INFO[metric.kind].nature,
		money: METRIC_INFO[metric.kind].unit === 'money'
	}));
}
