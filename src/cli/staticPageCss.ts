/**
 * The page around the roadmap in `roadmap-kit render`: readable width, the scheme's colours on the
 * whole page, a skip link, and print rules. Outside roadmap-kit's layer, as a host's CSS would be.
 */
export const STATIC_PAGE_CSS = `
html { background: var(--rk-surface, Canvas); color: var(--rk-text, CanvasText); }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 2rem; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5; }
a { color: var(--rk-accent, LinkText); }
/* No script runs here: the calendar's paging and view buttons would do nothing, so they are left out. */
.rk-release-calendar__toolbar button, .rk-release-calendar__views { display: none; }
.rk-page__skip { position: absolute; left: -999rem; }
.rk-page__skip:focus { position: static; }
.rk-page__header nav ol { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0; padding: 0; list-style: none; }
.rk-page__footer { margin-top: 2rem; color: var(--rk-text-muted); font-size: 0.875rem; }
[id^="phase-"] { scroll-margin-top: 1rem; }
@media print {
  html { background: #fff; color: #000; }
  .rk-page__header, .rk-page__skip { display: none; }
}
`;
