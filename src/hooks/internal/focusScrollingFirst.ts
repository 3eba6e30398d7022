/** Whether `element` is wholly inside the window and inside every ancestor that clips its content. */
function isWhollyInView(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect();
  // Nothing laid out (a jsdom test, a hidden tab): there is nothing to scroll.
  if (rect.width === 0 && rect.height === 0) return true;
  const within = (box: { left: number; top: number; right: number; bottom: number }) =>
    rect.left >= box.left && rect.right <= box.right && rect.top >= box.top && rect.bottom <= box.bottom;
  if (!within({ left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight })) return false;
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const clips = ancestor.scrollWidth > ancestor.clientWidth || ancestor.scrollHeight > ancestor.clientHeight;
    if (clips && getComputedStyle(ancestor).overflow !== 'visible' && !within(ancestor.getBoundingClientRect())) return false;
  }
  return true;
}

/**
 * Moves keyboard focus to `element`, scrolling it into view first when it is not wholly visible.
 *
 * Why not `focus()` alone: the browser dispatches the scroll a focus causes on a later frame, and
 * Radix closes an open tooltip whose trigger scrolls — so the tooltip the focus opens would close at
 * once. Scrolling first and focusing on the next animation frame (after that frame's scroll events)
 * keeps the focused element's tooltip open. Returns a cancel function for an effect's cleanup, so a
 * quicker next key press wins.
 */
export function focusScrollingFirst(element: HTMLElement): () => void {
  if (isWhollyInView(element)) {
    element.focus({ preventScroll: true });
    return () => {};
  }
  element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  const frame = requestAnimationFrame(() => element.focus({ preventScroll: true }));
  return () => cancelAnimationFrame(frame);
}
