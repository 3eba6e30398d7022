import { render } from '@testing-library/react';
import type { Metric } from '../../model/types.js';
import type { MetricGaugeVariant } from './MetricGauge.js';
import { MetricGauge } from './MetricGauge.js';

// Issue 12: in a narrow card the label wrapped one word per line, the bar was drawn over the
// label, "Target < 100 ms" overlapped "Target not met" and the bar ran out of the card.
const VARIANTS: MetricGaugeVariant[] = ['radial', 'linear', 'compact'];
const WIDTHS = [200, 320, 640];
const latency: Metric = { id: 'p95', label: 'p95 latency for secret operations', target: 100, comparator: 'lt', unit: 'ms' };
const CASES: [string, Metric][] = [
  ['met', { ...latency, current: 87 }],
  ['unmet', { ...latency, current: 150 }],
  ['without data', latency],
  ['precise', { id: 'uptime', label: 'Uptime', target: 99.999, comparator: 'gte', unit: '%', current: 99.95 }],
  ['huge', { id: 'huge', label: 'Throughput', target: 1e308, comparator: 'gte', unit: 'req/s', current: -1e308 }],
  ['long words', { id: 'long', label: 'Supercalifragilisticexpialidocious-throughput-of-the-ingestion-pipeline', target: 10_000, comparator: 'gte', current: 12_000 }],
];

const SLOTS = ['label', 'value', 'target', 'state', 'track', 'visual'] as const;

function boxOf(root: Element, slot: string): DOMRect | undefined {
  const element = root.querySelector(`:scope > [data-slot="${slot}"]`);
  return element && element.getClientRects().length > 0 ? element.getBoundingClientRect() : undefined;
}

/** How wide an element's text is on one line. */
function naturalWidth(element: Element): number {
  const probe = element.cloneNode(true) as HTMLElement;
  Object.assign(probe.style, { position: 'absolute', whiteSpace: 'nowrap', width: 'max-content' });
  element.parentElement!.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
}

describe.each(VARIANTS)('MetricGauge %s layout', (variant) => {
  // A grid container too: its auto track grows to what the gauge asks for, as a host's card grid does.
  it.each(WIDTHS.flatMap((width) => [[width, 'block'] as const, [width, 'grid'] as const]))('lays every case out cleanly in a %i px %s container', (width, display) => {
    render(
      <div>
        {CASES.map(([name, metric]) => (
          <div key={name} data-case={name} style={{ width, display, marginBottom: 8 }}>
            <MetricGauge metric={metric} variant={variant} />
          </div>
        ))}
      </div>,
    );
    for (const container of document.querySelectorAll('[data-case]')) {
      const name = container.getAttribute('data-case');
      const frame = container.getBoundingClientRect();
      const root = container.firstElementChild!;
      const box = root.getBoundingClientRect();
      expect(box.left, `${name}: root left`).toBeGreaterThanOrEqual(frame.left - 0.5);
      expect(box.right, `${name}: root right`).toBeLessThanOrEqual(frame.right + 0.5);
      const parts = SLOTS.map((slot) => [slot, boxOf(root, slot)] as const).filter((part): part is [(typeof SLOTS)[number], DOMRect] => part[1] !== undefined);
      for (const [slot, part] of parts) {
        expect(part.left, `${name}: ${slot} left`).toBeGreaterThanOrEqual(box.left - 0.5);
        expect(part.right, `${name}: ${slot} right`).toBeLessThanOrEqual(box.right + 0.5);
        expect(part.bottom, `${name}: ${slot} bottom`).toBeLessThanOrEqual(box.bottom + 0.5);
      }
      for (let i = 0; i < parts.length; i += 1) {
        for (let j = i + 1; j < parts.length; j += 1) {
          expect(overlaps(parts[i]![1], parts[j]![1]), `${name}: ${parts[i]![0]} over ${parts[j]![0]}`).toBe(false);
        }
      }
      // No label squeezed to a word per line: it keeps 40% of the gauge's width, or all it needs.
      const label = boxOf(root, 'label')!;
      const needed = naturalWidth(root.querySelector('[data-slot="label"]')!);
      expect(label.width + 0.5, `${name}: label width`).toBeGreaterThanOrEqual(Math.min(box.width * 0.4, needed));
      expect(root.innerHTML, `${name}: markup`).not.toMatch(/NaN|Infinity/);
    }
  });
});
