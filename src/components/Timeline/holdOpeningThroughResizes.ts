/**
 * Keeps an axis at its opening point through window resizes until the reader scrolls it
 * themselves. A resize can lay the page out at a size no frame shows — a full-page screenshot lays
 * it out at 1 × 1 px — and for that moment the container query draws the list, the axis's overflow
 * shrinks and the browser clamps its scroll, with no size change a ResizeObserver would see.
 * - A scroll during a resize, at the width the axis opened for, is put back at once (before the
 *   next paint): at the same width the opening offset is still right.
 * - Once the resize has settled (two frames), the axis opens again for the width it now has.
 * Only input (wheel, pointer, touch, keys) counts as the reader's: the browser's own scrolls
 * never stop the hold, and offsets read from scroll events are never trusted.
 * `open` scrolls the axis to its opening point; returns the cleanup.
 */
export function holdOpeningThroughResizes(viewport: HTMLElement, isScrollingAxis: () => boolean, open: () => void): () => void {
  let opened = viewport.scrollLeft;
  let openedWidth = viewport.clientWidth;
  let readerMoved = false;
  let resizing = false;
  let frame = 0;
  const reopen = () => {
    open();
    opened = viewport.scrollLeft;
    openedWidth = viewport.clientWidth;
  };
  const onInput = () => {
    readerMoved = true;
  };
  const onScroll = () => {
    if (readerMoved || !resizing || viewport.clientWidth !== openedWidth || viewport.scrollLeft === opened) return;
    if (isScrollingAxis()) viewport.scrollLeft = opened;
  };
  // Resize events run before scroll events in a frame's rendering steps, animation frames after
  // both; the clamped scroll may also come a frame later than the resize event.
  const onResize = () => {
    resizing = true;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        resizing = false;
        if (!readerMoved && isScrollingAxis() && (viewport.clientWidth !== openedWidth || viewport.scrollLeft !== opened)) reopen();
      });
    });
  };
  const inputs = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;
  for (const type of inputs) viewport.addEventListener(type, onInput, { passive: true });
  viewport.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onResize);
  return () => {
    cancelAnimationFrame(frame);
    for (const type of inputs) viewport.removeEventListener(type, onInput);
    viewport.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onResize);
  };
}
