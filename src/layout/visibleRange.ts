/** A rectangle in the coordinates of a scrolled content box, in pixels. */
export interface LayoutBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of the content a viewport shows, widened by an overscan margin on every side. */
export interface ViewWindow {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The window a viewport of `width` × `height` scrolled to `left`, `top` shows, plus `overscan`
 * pixels on each side, so rows just out of view are ready before they scroll in.
 * @example getViewWindow({ left: 0, top: 800, width: 600, height: 400 }, 200) // { left: -200, top: 600, right: 800, bottom: 1400 }
 */
export function getViewWindow(view: { left: number; top: number; width: number; height: number }, overscan: number): ViewWindow {
  return { left: view.left - overscan, top: view.top - overscan, right: view.left + view.width + overscan, bottom: view.top + view.height + overscan };
}

/**
 * Indexes of the boxes that intersect `window`. A linear scan: 10,000 boxes take well under a
 * millisecond, and it needs no order on either axis (lanes and the unscheduled band break any).
 * @example getBoxesInWindow([{ x: 0, y: 0, width: 10, height: 10 }, { x: 50, y: 0, width: 10, height: 10 }], { left: 20, top: 0, right: 70, bottom: 10 }) // [1]
 */
export function getBoxesInWindow(boxes: readonly LayoutBox[], window: ViewWindow): number[] {
  const found: number[] = [];
  for (let index = 0; index < boxes.length; index += 1) {
    const box = boxes[index]!;
    if (box.x <= window.right && box.x + box.width >= window.left && box.y <= window.bottom && box.y + box.height >= window.top) found.push(index);
  }
  return found;
}
