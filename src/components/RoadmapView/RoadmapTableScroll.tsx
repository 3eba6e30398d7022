'use client';
import type { ReactNode } from 'react';
import type { RoadmapViewPartProps } from './roadmapViewContext.js';

/**
 * A horizontally scrollable frame for a wide table on a narrow screen. A scrolling area must be
 * reachable by keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`), so it is a focusable,
 * named region (a labelled `section`) rather than a plain `div`; its name differs from the table's caption, which may
 * already name the page's own region.
 */
export function RoadmapTableScroll({ slot, label, children }: Pick<RoadmapViewPartProps, 'slot'> & { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container must take focus to scroll by keyboard.
    <section {...slot('tableScroll')} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
