import { within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { EXAMPLE_NOW } from '../../examples/exampleNow.js';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import { renderRealBrowserEvents } from '../../test-utils/realBrowserEvents.js';
import { renderInShadowRoot } from '../../test-utils/renderInShadowRoot.js';
import { Timeline } from './Timeline.js';

renderRealBrowserEvents();

describe.each(['ltr', 'rtl'] as const)('Timeline inside a shadow root (%s host)', (dir) => {
  const [next, previous] = dir === 'ltr' ? ['{ArrowRight}', '{ArrowLeft}'] : ['{ArrowLeft}', '{ArrowRight}'];

  it.each(['vertical', 'horizontal'] as const)('moves focus between the %s phases with the arrow keys, Home and End', async (orientation) => {
    const { shadowRoot, focused, unmount } = renderInShadowRoot(<Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} orientation={orientation} />, { dir });
    const phase = (name: RegExp) => within(shadowRoot as unknown as HTMLElement).getByRole('button', { name });
    phase(/Funnels/).focus();
    expect(focused()).toBe(phase(/Funnels/));
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(focused).toBe(phase(/Experiments/));
    // The host's dir decides which horizontal arrow goes forward in time.
    await userEvent.keyboard(next);
    await expect.poll(focused).toBe(phase(/Warehouse Sync/));
    await userEvent.keyboard(`${previous}{ArrowUp}`);
    await expect.poll(focused).toBe(phase(/Funnels/));
    await userEvent.keyboard('{End}');
    await expect.poll(focused).toBe(phase(/Lumen Cloud/));
    await userEvent.keyboard('{Home}');
    await expect.poll(focused).toBe(phase(/Foundations/));
    expect(phase(/Foundations/)).toHaveAttribute('tabindex', '0');
    unmount();
  });
});
