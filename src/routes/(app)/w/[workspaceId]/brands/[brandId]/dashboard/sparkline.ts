// The owned share's trend as a line drawn on the server: a path in a 100 × 40 box, buckets
// spaced evenly left to right, the lowest value at the bottom and the highest at the top. A gap
// (a bucket with no share) breaks the line instead of joining across it.

export const SPARK_WIDTH = 100;
export const SPARK_HEIGHT = 40;

export function sparklinePath(values: (number | null)[]): string {
	const known = values.filter((v): v is number => v !== null);
	if (values.length < 2 || known.length < 2) return '';
	const low = Math.min(...known);
	const span = Math.max(...known) - low;
	const x = (i: number) => round((i / (values.length - 1)) * SPARK_WIDTH);
	// A flat line sits in the middle rather than on the floor.
	const y = (v: number) =>
		round(span === 0 ? SPARK_HEIGHT / 2 : SPARK_HEIGHT - ((v - low) / span) * SPARK_HEIGHT);
	let path = '';
	let drawing = false;
	values.forEach((v, i) => {
		if (v === null) {
			drawing = false;
			return;
		}
		path += `${drawing ? 'L' : path ? ' M' : 'M'}${x(i)} ${y(v)}`;
		drawing = true;
	});
	return path;
}

const round = (n: number) => Math.round(n * 100) / 100;
