/**
 * Keeps a scrolled axis where the reader (or its opening) left it through a window resize. A
 * resize can lay the page out at sizes no frame ever shows — a full-page screenshot first lays it
 * out at 1 × 1 px — and for that moment the container query draws the list, the axis's overflow
 * shrinks and the browser clamps its scroll. The size is back by the next frame, so no
 * ResizeObserver sees a change; only the scroll event that follows the resize (in its frame or
 * the next) tells, and no reader scrolls in those two frames. That scroll is put back. Returns the
 * cleanup.
 */
export function keepScrollThroughResizes(viewport: HTMLElement, isScrollingAxis: () => boolean): () => void {
  let left = viewport.scrollLeft;
  let resizing = false;
  let frame = 0;
  const onScroll = () => {
    if (resizing && viewport.scrollLeft !== left && isScrollingAxis()) viewport.scrollLeft = left;
    else left = viewport.scrollLeft;
  };
  // Resize events run before scroll events in a frame's rendering steps, animation frames after
  // both; the clamped scroll may also come a frame later than the resize event.
  const onResize = () => {
    resizing = true;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        resizing = false;
      });
    });
  };
  viewport.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onResize);
  return () => {
    cancelAnimationFrame(frame);
    viewport.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onResize);
  };
}
