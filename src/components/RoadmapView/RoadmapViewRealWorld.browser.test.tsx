import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { page } from 'vitest/browser';
import type { Item, Phase, Roadmap } from '../../model/types.js';
import { RoadmapView } from './RoadmapView.js';

// Issue 12: most real roadmaps have no dated phase, headings that are only a version, targets
// without a measured value, long groups and long URLs.
const longUrl = `https://example.com/${'very-long-path-segment-'.repeat(6)}end`;
const items = (prefix: string, count: number): Item[] =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}-${index + 1}`, title: `${prefix} item ${index + 1}`, status: 'planned' }));
const phase = (id: string, fields: Partial<Phase>): Phase => ({ id, title: id, status: 'planned', groups: [], metrics: [], ...fields });

const undated: Roadmap = {
  title: 'Sidecar roadmap',
  phases: [
    phase('now', { title: 'Now', timeframe: 'Now', status: 'in-progress', groups: [{ items: [...items('Now', 3), { id: 'link', title: longUrl, href: longUrl, status: 'planned' }] }] }),
    phase('0-4-1', { title: '0.4.1', version: '0.4.1', groups: [{ title: 'Backlog', items: items('Backlog', 45) }] }),
    phase('later', { title: 'Later', timeframe: 'Later', metrics: [{ id: 'p95', label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms' }] }),
  ],
  metrics: [
    { id: 'uptime', label: 'Uptime', target: 99.999, comparator: 'gte', unit: '%' },
    { id: 'stars', label: 'GitHub stars', target: 10_000, comparator: 'gte', current: 12_000 },
    { id: 'requests', label: 'Requests per day', target: 1_500_000, comparator: 'gte' },
  ],
  cadences: [],
};

const partlyDated: Roadmap = {
  ...undated,
  title: 'Partly dated roadmap',
  phases: [phase('v1', { title: 'Launch', version: 'v1.0', status: 'done', when: { start: '2026-10-01', end: '2026-12-31', precision: 'quarter', label: 'Q4 2026' } }), ...undated.phases],
};

/** The leaf elements holding text inside `root`. */
function textBoxes(root: Element): DOMRect[] {
  return [...root.querySelectorAll('*')]
    .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''))
    .filter((element) => element.getClientRects().length > 0 && !element.closest('[data-visually-hidden]'))
    .map((element) => element.getBoundingClientRect());
}

function overlapping(boxes: DOMRect[]): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      // Nested text (a link inside an item title) shares its box; only partial overlaps are collisions.
      const nested = (a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom) || (b.left >= a.left && b.right <= a.right && b.top >= a.top && b.bottom <= a.bottom);
      if (x > 1 && y > 1 && !nested) count += 1;
    }
  }
  return count;
}

describe('RoadmapView of real-world roadmaps', () => {
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => page.viewport(1280, 720));

  it('draws an undated roadmap without a time axis or an empty calendar, its phases in order', () => {
    render(<RoadmapView roadmap={undated} now="2026-11-22" />);
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull();
    expect(screen.queryByRole('grid')).toBeNull();
    const calendar = screen.getByRole('region', { name: 'Release calendar' });
    expect(calendar).toHaveTextContent('No dated releases yet');
    const phases = screen.getByRole('region', { name: 'Phases' });
    expect(within(phases).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(['Now', '0.4.1', 'Later']);
  });

  it('shows a partly dated roadmap with its timeline and calendar', () => {
    render(<RoadmapView roadmap={partlyDated} now="2026-11-22" />);
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeVisible();
    expect(screen.getByRole('grid', { name: 'November 2026' })).toBeVisible();
    expect(within(screen.getByRole('region', { name: 'Phases' })).getAllByRole('article')).toHaveLength(4);
  });

  it('reads targets without a value as text with their direction, and draws gauges only for measured metrics', () => {
    render(<RoadmapView roadmap={undated} now="2026-11-22" />);
    const metrics = screen.getByRole('region', { name: 'Success metrics' });
    expect(within(metrics).getAllByRole('meter').map((meter) => meter.getAttribute('aria-valuenow'))).toEqual(['12000']);
    expect(within(metrics).queryAllByRole('group')).toHaveLength(0);
    const rows = within(within(metrics).getByRole('table', { name: 'Targets without a measured value' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Uptime', 'at least 99.999%', 'Whole roadmap'],
      ['Requests per day', 'at least 1.5M', 'Whole roadmap'],
      ['p95 latency', 'under 100 ms', 'Later'],
    ]);
    expect(document.body.textContent).not.toMatch(/NaN|0\.4\.1 0\.4\.1/);
  });

  it.each([1280, 390, 360])('lays the page out at %i px: no text over text, nothing sideways, nothing cut', async (width) => {
    await page.viewport(width, 900);
    render(
      <main>
        <RoadmapView roadmap={partlyDated} now="2026-11-22" />
        <RoadmapView roadmap={undated} now="2026-11-22" />
      </main>,
    );
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    for (const card of screen.getAllByRole('article')) {
      expect(overlapping(textBoxes(card))).toBe(0);
      const box = card.getBoundingClientRect();
      for (const text of textBoxes(card)) expect(text.right).toBeLessThanOrEqual(box.right + 0.5);
    }
    expect(overlapping(textBoxes(screen.getAllByRole('region', { name: 'Success metrics' })[0]!))).toBe(0);
  });

  it('leaves no hole beside a tall card: cards stack with one gap between them', async () => {
    await page.viewport(1280, 900);
    const roadmap: Roadmap = {
      ...undated,
      phases: [
        phase('tall', { groups: ['A', 'B', 'C', 'D'].map((title) => ({ title, items: items(title, 8) })) }),
        ...['one', 'two', 'three', 'four', 'five'].map((id) => phase(id, { groups: [{ items: items(id, 2) }] })),
      ],
    };
    render(<RoadmapView roadmap={roadmap} now="2026-11-22" />);
    const boxes = screen.getAllByRole('article').map((card) => card.getBoundingClientRect());
    const columns = new Map<number, DOMRect[]>();
    for (const box of boxes) columns.set(Math.round(box.left), [...(columns.get(Math.round(box.left)) ?? []), box]);
    expect(columns.size).toBeGreaterThan(1);
    for (const column of columns.values()) {
      const sorted = [...column].sort((a, b) => a.top - b.top);
      for (let index = 1; index < sorted.length; index += 1) expect(sorted[index]!.top - sorted[index - 1]!.bottom).toBeLessThan(40);
    }
    // The tall card has short ones beside it, not an empty page.
    const tall = boxes[0]!;
    expect(boxes.filter((box) => box.left > tall.right && box.top < tall.bottom).length).toBeGreaterThan(1);
  });

  it('has no axe violations', async () => {
    const { container } = render(<RoadmapView roadmap={undated} now="2026-11-22" />);
    const results = await axe.run(container, { rules: { region: { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
