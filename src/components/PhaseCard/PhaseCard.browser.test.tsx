import { act, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { userEvent } from 'vitest/browser';
import { generateLongPhase } from '../../examples/generateLongPhase.js';
import { milestonesWithMetrics } from '../../examples/milestonesWithMetrics.js';
import { numberedPhases } from '../../examples/numberedPhases.js';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import { emulateReducedMotion } from '../../test-utils/emulateReducedMotion.js';
import { PhaseCard } from './PhaseCard.js';

const beta = numberedPhases.phases[1]!;

function panelOf(toggle: HTMLElement): HTMLElement {
  return document.getElementById(toggle.getAttribute('aria-controls')!)!;
}

describe('PhaseCard in Chromium', () => {
  // Real events in a real browser: React's act() environment (set by Testing Library) does not apply.
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => emulateReducedMotion(false));

  it('has no axe violations for every example phase, light and dark', async () => {
    const phases = [...releasesByQuarter.phases, ...numberedPhases.phases, ...milestonesWithMetrics.phases];
    const { container } = render(
      <div>
        {(['light', 'dark'] as const).map((colorScheme) => (
          <div key={colorScheme} className="rk-root" data-color-scheme={colorScheme} style={{ background: 'var(--rk-surface)', padding: 8 }}>
            {phases.map((phase) => (
              <PhaseCard key={phase.id} phase={phase} headingLevel={2} />
            ))}
          </div>
        ))}
      </div>,
    );
    const results = await axe.run(container, { rules: { region: { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
  });

  it('animates a group closed and open with the keyboard, then leaves its height to the content', async () => {
    await emulateReducedMotion(false);
    render(<PhaseCard phase={beta} />);
    const toggle = screen.getByRole('button', { name: 'Security Enhancements 3 items' });
    const panel = panelOf(toggle);
    const openHeight = panel.getBoundingClientRect().height;
    expect(openHeight).toBeGreaterThan(40);
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel.getAnimations()).toHaveLength(1);
    expect(panel).toBeVisible();
    await Promise.all(panel.getAnimations().map((animation) => animation.finished));
    await vi.waitFor(() => expect(panel).not.toBeVisible());
    expect(screen.queryByText('Rate limiting per consumer')).not.toBeInTheDocument();

    await userEvent.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const [opening] = panel.getAnimations();
    expect(opening).toBeDefined();
    const keyframes = (opening!.effect as KeyframeEffect).getKeyframes();
    expect(keyframes.map((frame) => frame.height)).toEqual(['0px', `${openHeight}px`]);
    await opening!.finished;
    await vi.waitFor(() => expect(panel.style.height).toBe(''));
    expect(panel.getBoundingClientRect().height).toBeCloseTo(openHeight, 0);
    expect(toggle).toHaveFocus();
  });

  it('toggles instantly, without any animation, when the reader prefers reduced motion', async () => {
    await emulateReducedMotion(true);
    render(<PhaseCard phase={beta} />);
    const toggle = screen.getByRole('button', { name: 'Policy & Compliance 3 items' });
    const panel = panelOf(toggle);
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(panel.getAnimations()).toHaveLength(0);
    expect(panel).not.toBeVisible();
    await userEvent.keyboard('{Enter}');
    expect(panel.getAnimations()).toHaveLength(0);
    expect(screen.getByText('Tamper-evident audit trail')).toBeVisible();
  });

  it('keeps a 200-item phase short: the groups past the third start collapsed', async () => {
    render(<PhaseCard phase={generateLongPhase(200)} />);
    const toggles = screen.getAllByRole('button', { name: /\d+ items$/ });
    expect(toggles.filter((toggle) => toggle.getAttribute('aria-expanded') === 'true')).toHaveLength(3);
    await userEvent.click(toggles[9]!);
    await userEvent.click(screen.getAllByRole('button', { name: 'Show all 20' })[3]!);
    expect(screen.getByText('Deliverable 200')).toBeVisible();
  });

  it('hydrates server markup without mismatches', async () => {
    const card = <PhaseCard phase={beta} headingLevel={2} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(card);
    document.body.append(container);
    const errors: unknown[] = [];
    const root = await act(async () => hydrateRoot(container, card, { onRecoverableError: (error) => errors.push(error) }));
    expect(errors).toEqual([]);
    const toggle = container.querySelector('button')!;
    await act(async () => toggle.click());
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    act(() => root.unmount());
    container.remove();
  });
});
