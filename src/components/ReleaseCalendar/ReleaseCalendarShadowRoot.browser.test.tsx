import { within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { EXAMPLE_NOW } from '../../examples/exampleNow.js';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import { renderRealBrowserEvents } from '../../test-utils/realBrowserEvents.js';
import { renderInShadowRoot } from '../../test-utils/renderInShadowRoot.js';
import { ReleaseCalendar } from './ReleaseCalendar.js';

renderRealBrowserEvents();

describe.each(['ltr', 'rtl'] as const)('ReleaseCalendar inside a shadow root (%s host)', (dir) => {
  const [forward, back] = dir === 'ltr' ? ['{ArrowRight}', '{ArrowLeft}'] : ['{ArrowLeft}', '{ArrowRight}'];

  it('moves focus across days, weeks and into the next month with the keyboard', async () => {
    const { shadowRoot, focused, unmount } = renderInShadowRoot(<ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} />, { dir });
    const root = within(shadowRoot as unknown as HTMLElement);
    root.getByRole('gridcell', { name: /March 15th, 2026/ }).focus();
    const focusedDate = () => focused()?.getAttribute('data-date');
    expect(focusedDate()).toBe('2026-03-15');
    // No `dir` prop: the direction comes from the host, outside the shadow root. A day that has to
    // scroll into view takes focus one frame after its key (focusScrollingFirst), so each step polls.
    await userEvent.keyboard(forward);
    await expect.poll(focusedDate).toBe('2026-03-16');
    await userEvent.keyboard(`${back}${back}{ArrowDown}`);
    await expect.poll(focusedDate).toBe('2026-03-21');
    await userEvent.keyboard('{PageDown}');
    await expect.poll(focusedDate).toBe('2026-04-21');
    expect(root.getByRole('grid', { name: 'April 2026' })).toContainElement(focused());
    await userEvent.keyboard('{End}{ArrowRight}{ArrowLeft}');
    await expect.poll(focusedDate).toBe('2026-04-25');
    unmount();
  });
});
