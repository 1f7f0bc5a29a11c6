// Projected rings → short SVG path data: cut to the view, rounded to whole pixels, points that
// add nothing at that size dropped, relative moves. What keeps the plan page's map small.

export type Point = [number, number];

/** How far outside the view a cut shape may reach, so its edge stroke is not drawn. */
const margin = 2;

/**
 * The part of a closed ring inside the view (Sutherland-Hodgman against each edge of the
 * rectangle): exact for a filled polygon, and what lies outside costs no bytes.
 */
export function clipRing(ring: Point[], view: { width: number; height: number }): Point[] {
  const lo = -margin;
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= lo, (a, b) => at(a, b, 0, lo)],
    [(p) => p[0] <= view.width + margin, (a, b) => at(a, b, 0, view.width + margin)],
    [(p) => p[1] >= lo, (a, b) => at(a, b, 1, lo)],
    [(p) => p[1] <= view.height + margin, (a, b) => at(a, b, 1, view.height + margin)],
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    if (out.length === 0) break;
    const input = out;
    out = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) out.push(cross(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(cross(previous, current));
      }
    });
  }
  return out;
}

/** Where segment a-b meets the line where coordinate `axis` equals `value`. */
function at(a: Point, b: Point, axis: 0 | 1, value: number): Point {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  const other = axis === 0 ? 1 : 0;
  const p: Point = [0, 0];
  p[axis] = value;
  p[other] = a[other] + t * (b[other] - a[other]);
  return p;
}

/** A ring as `M x y l dx dy …z` in whole pixels; "" when it is smaller than a pixel or two. */
export function ringPath(ring: Point[]): string {
  let points: Point[] = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x), Math.round(y)];
    const last = points[points.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    // A point on the line through the two before it adds nothing.
    const before = points[points.length - 2];
    if (last && before && cross(before, last, p) === 0) points.pop();
    points.push(p);
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && first[0] === last[0] && first[1] === last[1]) points.pop();
  points = simplify(points);
  if (points.length < 3 || Math.abs(area(points)) < 2) return '';
  let d = `M${points[0]![0]} ${points[0]![1]}l`;
  for (let i = 1; i < points.length; i++) {
    const dx = points[i]![0] - points[i - 1]![0];
    const dy = points[i]![1] - points[i - 1]![1];
    // A minus sign separates numbers as well as a space does.
    d += `${i > 1 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
  }
  return `${d}z`;
}

/** Pixels a simplified outline may stray from the shape: less than a stroke's width. */
const tolerance = 0.8;

/** Douglas-Peucker over the closed ring, split at its first point and the point farthest from it. */
function simplify(points: Point[]): Point[] {
  if (points.length < 4) return points;
  const start = points[0]!;
  let far = 1;
  for (let i = 1; i < points.length; i++)
    if (distance2(points[i]!, start) > distance2(points[far]!, start)) far = i;
  const keep = new Uint8Array(points.length + 1);
  keep[0] = keep[far] = keep[points.length] = 1;
  const closed = [...points, start];
  mark(closed, 0, far, keep);
  mark(closed, far, points.length, keep);
  return points.filter((_, i) => keep[i] === 1);
}

function mark(points: Point[], from: number, to: number, keep: Uint8Array): void {
  let worst = -1;
  let at = -1;
  const a = points[from]!;
  const b = points[to]!;
  const length = Math.sqrt(distance2(a, b)) || 1;
  for (let i = from + 1; i < to; i++) {
    const d = Math.abs(cross(a, b, points[i]!)) / length;
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= tolerance) return;
  keep[at] = 1;
  mark(points, from, at, keep);
  mark(points, at, to, keep);
}

function distance2(a: Point, b: Point): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
}

function cross(a: Point, b: Point, c: Point): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

function area(points: Point[]): number {
  let sum = 0;
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length]!;
    sum += p[0] * q[1] - q[0] * p[1];
  });
  return sum / 2;
}
