/** A tap target's box in CSS pixels, as `getBoundingClientRect()` reports it. */
export interface TargetBox {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** WCAG 2.2 success criterion 2.5.8 (Target Size, Minimum): 24 CSS pixels. */
export const MIN_TARGET = 24;

/**
 * The targets that fail WCAG 2.5.8: smaller than 24×24 px and too close to their neighbours.
 * An undersized target passes when a 24 px circle centred on it intersects no other target
 * and no other undersized target's circle (the criterion's spacing exception).
 */
export function findTooSmallTargets(targets: readonly TargetBox[], min = MIN_TARGET): string[] {
  const radius = min / 2;
  const undersized = (box: TargetBox) => box.width < min || box.height < min;
  const centre = (box: TargetBox) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  return targets
    .filter(undersized)
    .filter((box) => {
      const c = centre(box);
      return targets.some((other) => {
        if (other === box) return false;
        if (circleTouchesBox(c, radius, other)) return true;
        if (!undersized(other)) return false;
        const o = centre(other);
        return Math.hypot(c.x - o.x, c.y - o.y) < 2 * radius;
      });
    })
    .map((box) => box.label);
}

function circleTouchesBox(c: { x: number; y: number }, radius: number, box: TargetBox): boolean {
  const nearestX = Math.min(Math.max(c.x, box.x), box.x + box.width);
  const nearestY = Math.min(Math.max(c.y, box.y), box.y + box.height);
  return Math.hypot(c.x - nearestX, c.y - nearestY) < radius;
}
