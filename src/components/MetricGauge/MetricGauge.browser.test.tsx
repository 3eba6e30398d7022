import { act, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { emulateReducedMotion } from '../../test-utils/emulateReducedMotion.js';
import { milestonesWithMetrics } from '../../examples/milestonesWithMetrics.js';
import type { Metric } from '../../model/types.js';
import type { MetricGaugeVariant } from './MetricGauge.js';
import { MetricGauge } from './MetricGauge.js';

const latency: Metric = { ...milestonesWithMetrics.metrics[0]!, current: undefined }; // < 100 ms on a 0–200 scale
const VARIANTS: MetricGaugeVariant[] = ['radial', 'linear', 'compact'];

function fillOf(meter: HTMLElement): Element {
  return meter.querySelector('[data-slot="fill"]')!;
}

describe('MetricGauge in Chromium', () => {
  afterEach(() => emulateReducedMotion(false));

  it('has no axe violations in any variant, met, unmet or without data, light or dark', async () => {
    const { container } = render(
      <div>
        {(['light', 'dark'] as const).map((colorScheme) =>
          VARIANTS.map((variant) => (
            <div key={`${colorScheme}-${variant}`} className="rk-root" data-color-scheme={colorScheme} style={{ background: 'var(--rk-surface)', padding: 8 }}>
              <MetricGauge metric={latency} current={87} variant={variant} />
              <MetricGauge metric={latency} current={150} variant={variant} />
              <MetricGauge metric={latency} variant={variant} />
            </div>
          )),
        )}
      </div>,
    );
    const results = await axe.run(container, { rules: { region: { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
  });

  it.each(['linear', 'radial'] as const)('moves the %s fill from the previous value, not from zero', async (variant) => {
    await emulateReducedMotion(false);
    const { rerender } = render(<MetricGauge metric={latency} current={100} variant={variant} />);
    const meter = screen.getByRole('meter');
    const fill = fillOf(meter);
    expect(fill.getAnimations()).toHaveLength(0);
    rerender(<MetricGauge metric={latency} current={150} variant={variant} />);
    const [transition] = fill.getAnimations() as CSSTransition[];
    expect(transition).toBeDefined();
    const [from, to] = (transition!.effect as KeyframeEffect).getKeyframes();
    if (variant === 'linear') {
      // Chromium reports the logical inline-size transition as the physical width, in % of the track.
      expect(transition!.transitionProperty).toBe('width');
      expect(from!.width).toBe('50%');
      expect(to!.width).toBe('75%');
    } else {
      expect(transition!.transitionProperty).toBe('stroke-dashoffset');
      expect(Number.parseFloat(String(from!.strokeDashoffset))).toBeCloseTo(50, 1);
      expect(Number.parseFloat(String(to!.strokeDashoffset))).toBeCloseTo(25, 1);
    }
  });

  it('jumps straight to a new value when the reader prefers reduced motion', async () => {
    await emulateReducedMotion(true);
    expect(window.matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    const { rerender } = render(<MetricGauge metric={latency} current={100} />);
    const meter = screen.getByRole('meter');
    rerender(<MetricGauge metric={latency} current={150} />);
    expect(fillOf(meter).getAnimations()).toHaveLength(0);
    const track = meter.querySelector('[data-slot="track"]')!.getBoundingClientRect().width;
    expect(fillOf(meter).getBoundingClientRect().width).toBeCloseTo(track * 0.75, 0);
  });

  it('counts the shown number from the previous value to the new one, with final ARIA values at once', async () => {
    await emulateReducedMotion(false);
    const { rerender } = render(<MetricGauge metric={latency} current={100} />);
    const meter = screen.getByRole('meter');
    const value = meter.querySelector('[data-slot="value"]')!;
    expect(value.textContent).toBe('100 ms');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(value.textContent ?? ''));
    observer.observe(value, { childList: true, characterData: true, subtree: true });
    rerender(<MetricGauge metric={latency} current={150} />);
    // Screen readers hear the final value only.
    expect(meter.getAttribute('aria-valuenow')).toBe('150');
    expect(meter.getAttribute('aria-valuetext')).toMatch(/^150 ms, /);
    expect(value.textContent).toBe('100 ms');
    await expect.poll(() => value.textContent, { timeout: 3000 }).toBe('150 ms');
    observer.disconnect();
    const numbers = seen.map((text) => Number.parseFloat(text));
    const between = numbers.filter((number) => number > 100 && number < 150);
    expect(between.length).toBeGreaterThan(1);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe('150 ms');
  });

  it('continues an interrupted count from the number reached, not from zero or the old target', async () => {
    await emulateReducedMotion(false);
    const { rerender } = render(<MetricGauge metric={latency} current={0} />);
    const value = screen.getByRole('meter').querySelector('[data-slot="value"]')!;
    rerender(<MetricGauge metric={latency} current={200} />);
    const midway = () => {
      const number = Number.parseFloat(value.textContent ?? '');
      return number > 20 && number < 200;
    };
    await expect.poll(midway, { timeout: 3000 }).toBe(true);
    const reached = value.textContent;
    rerender(<MetricGauge metric={latency} current={100} />);
    expect(value.textContent).toBe(reached);
    await expect.poll(() => value.textContent, { timeout: 3000 }).toBe('100 ms');
  });

  it('shows a new number at once when the reader prefers reduced motion', async () => {
    await emulateReducedMotion(true);
    const { rerender } = render(<MetricGauge metric={latency} current={100} />);
    const meter = screen.getByRole('meter');
    const value = meter.querySelector('[data-slot="value"]')!;
    rerender(<MetricGauge metric={latency} current={150} />);
    expect(value.textContent).toBe('150 ms');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(value.textContent).toBe('150 ms');
    expect(meter.getAttribute('aria-valuenow')).toBe('150');
  });

  it('hydrates server markup without mismatches', async () => {
    const gauges = (
      <div>
        {VARIANTS.map((variant) => (
          <MetricGauge key={variant} metric={latency} current={87} variant={variant} />
        ))}
        <MetricGauge metric={latency} />
      </div>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(gauges);
    document.body.append(container);
    const errors: unknown[] = [];
    const root = await act(async () => hydrateRoot(container, gauges, { onRecoverableError: (error) => errors.push(error) }));
    expect(errors).toEqual([]);
    expect(container.querySelectorAll('[role="meter"]')).toHaveLength(3);
    act(() => root.unmount());
    container.remove();
  });
});
