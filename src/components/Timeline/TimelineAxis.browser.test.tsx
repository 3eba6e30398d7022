import { render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import type { Phase, Roadmap } from '../../model/types.js';
import { renderRealBrowserEvents } from '../../test-utils/realBrowserEvents.js';
import { Timeline } from './Timeline.js';

renderRealBrowserEvents();

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
const NOW = '2026-11-22';

const phase = (id: string, title: string, version: string, status: Phase['status'], when?: Phase['when']): Phase => ({
  id,
  title,
  version,
  status,
  when,
  groups: [{ items: [{ id: `${id}-a`, title: 'A task', status: status === 'done' ? 'done' : 'planned' }] }],
  metrics: [],
});

/** Four years of releases, long titles, a one-date release, quarters side by side, today late in it, one undated phase. */
const longRoadmap: Roadmap = {
  title: 'Axis fixture',
  phases: [
    phase('first', 'Storage engine rewrite with a columnar layout', 'v1.0.0', 'done', { start: '2023-01-01', end: '2023-03-31', precision: 'quarter' }),
    phase('hotfix', 'Hotfix', 'v1.0.1', 'done', { start: '2023-05-10', end: '2023-05-10', precision: 'day' }),
    phase('q1', 'Funnels and journeys for every product team', 'v2.1.0', 'done', { start: '2026-01-01', end: '2026-03-31', precision: 'quarter' }),
    phase('q2', 'Experiments', 'v2.2.0', 'planned', { start: '2026-04-01', end: '2026-06-30', precision: 'quarter' }),
    phase('now', 'Warehouse sync and the long tail of connectors', 'v2.3.0', 'in-progress', { start: '2026-10-01', end: '2026-12-31', precision: 'quarter' }),
    phase('later', 'Ideas without a date yet', 'v3.0.0', 'planned'),
  ],
  metrics: [],
  cadences: [],
};

function renderAxis(width: number, roadmap: Roadmap = longRoadmap) {
  return render(
    <div style={{ inlineSize: `${width}px` }}>
      <Timeline roadmap={roadmap} now={NOW} />
    </div>,
  );
}

const rowOf = (name: RegExp) => screen.getByRole('button', { name }).closest('li')!;
const barOf = (name: RegExp) => rowOf(name).querySelector<HTMLElement>('[data-slot="bar"]')!;

describe('Timeline axis at its defaults (no orientation)', () => {
  it('is the axis in a wide box and the list in a narrow one, from the same markup', async () => {
    const wide = renderAxis(1280);
    expect(wide.container.querySelector('[data-orientation="auto"]')).not.toBeNull();
    expect(getComputedStyle(wide.container.querySelector('[data-slot="axis"]')!).display).toBe('grid');
    wide.unmount();
    const narrow = renderAxis(390);
    expect(getComputedStyle(narrow.container.querySelector('[data-slot="axis"]')!).display).toBe('none');
    expect(getComputedStyle(narrow.container.querySelector('[data-slot="marker"]')!).display).not.toBe('none');
    // The list's line stops at the "Unscheduled" heading instead of running through its first letter.
    const heading = screen.getByRole('heading', { name: 'Unscheduled' });
    heading.scrollIntoView({ block: 'center' });
    const line = narrow.container.querySelector<HTMLElement>('[data-slot="marker"]')!.getBoundingClientRect();
    const box = heading.getBoundingClientRect();
    expect(document.elementFromPoint(line.left + line.width / 2, box.top + box.height / 2)).toBe(heading);
  });

  it.each([1280, 390])('cuts no text of any phase at %i px: version, title, status, progress and flags are whole', async (width) => {
    renderAxis(width);
    await nextFrame();
    for (const button of screen.getAllByRole('button', { name: /v\d/ })) {
      const box = button.getBoundingClientRect();
      for (const part of button.querySelectorAll<HTMLElement>('*')) {
        if (!part.textContent?.trim() || part.closest('[data-visually-hidden]') || getComputedStyle(part).display === 'none') continue;
        expect(part.scrollWidth, part.textContent).toBeLessThanOrEqual(part.clientWidth + 1);
        const partBox = part.getBoundingClientRect();
        expect(partBox.right, part.textContent).toBeLessThanOrEqual(box.right + 1);
        expect(partBox.bottom, part.textContent).toBeLessThanOrEqual(box.bottom + 1);
      }
    }
    expect(screen.getByRole('button', { name: /Warehouse sync and the long tail of connectors/ })).toHaveTextContent(/In progress.*0 of 1 done.*Current/);
  });

  it('draws a quarter as long as its quarter and a one-date release as a point on its day', async () => {
    const { container } = renderAxis(1280);
    await nextFrame();
    const q2 = barOf(/Experiments/).getBoundingClientRect();
    // The tick of a quarter spans the quarter: the bar starts and ends with it.
    const quarter = within(container.querySelector<HTMLElement>('[data-slot="ticks"]')!).getByText('Q2 2026').getBoundingClientRect();
    expect(quarter.width).toBeGreaterThan(100);
    expect(Math.abs(q2.left - quarter.left)).toBeLessThanOrEqual(1);
    expect(Math.abs(q2.width - quarter.width)).toBeLessThanOrEqual(1);
    const hotfix = barOf(/Hotfix/);
    expect(hotfix).toHaveAttribute('data-shape', 'point');
    expect(hotfix.offsetWidth).toBeLessThan(20);
    expect(hotfix.offsetWidth).toBe(hotfix.offsetHeight);
  });

  it('draws today behind the bars, labels it in the header and keeps it out of Unscheduled', async () => {
    const { container } = renderAxis(1280);
    await nextFrame();
    // The test page is narrower than the box: bring the crossing into the window, where hit testing works.
    barOf(/Warehouse sync/).scrollIntoView({ block: 'center', inline: 'center' });
    const bar = barOf(/Warehouse sync/).getBoundingClientRect();
    const label = within(container.querySelector<HTMLElement>('[data-slot="axis"]')!).getByText('Today').getBoundingClientRect();
    // The line runs from the label's start edge; where it crosses the bar, the bar is on top.
    expect(label.left).toBeGreaterThan(bar.left);
    expect(label.left).toBeLessThan(bar.right);
    expect(document.elementFromPoint(label.left + 1, bar.top + bar.height / 2)).toBe(barOf(/Warehouse sync/));
    const undatedTrack = rowOf(/Ideas without a date/).querySelector('[data-slot="track"]')!;
    expect(getComputedStyle(undatedTrack, '::before').content).toBe('none');
    expect(getComputedStyle(rowOf(/Experiments/).querySelector('[data-slot="track"]')!, '::before').content).not.toBe('none');
  });

  it('opens on today before the first paint, with no header label cut at either edge', () => {
    // No frame awaited: what render() leaves is what the browser paints first.
    const { container } = renderAxis(900);
    const viewport = container.querySelector<HTMLElement>('[data-slot="viewport"]')!;
    expect(viewport.scrollLeft).toBeGreaterThan(0);
    const corner = container.querySelector<HTMLElement>('[data-slot="corner"]')!.getBoundingClientRect();
    const visible = { left: corner.right, right: viewport.getBoundingClientRect().left + viewport.clientWidth };
    const today = within(container.querySelector<HTMLElement>('[data-slot="axis"]')!).getByText('Today').getBoundingClientRect();
    expect(today.left).toBeGreaterThanOrEqual(visible.left);
    expect(today.right).toBeLessThanOrEqual(visible.right);
    const range = document.createRange();
    // The "Unscheduled" heading stays in the words' column, not scrolled off with the axis ("duled").
    range.selectNodeContents(screen.getByRole('heading', { name: 'Unscheduled' }));
    expect(range.getBoundingClientRect().left).toBeGreaterThanOrEqual(viewport.getBoundingClientRect().left);
    for (const tick of container.querySelectorAll<HTMLElement>('[data-slot="tick"]')) {
      range.selectNodeContents(tick);
      const text = range.getBoundingClientRect();
      const cut = (text.left < visible.left - 1 && text.right > visible.left + 1) || (text.left < visible.right - 1 && text.right > visible.right + 1);
      expect(cut, tick.textContent ?? '').toBe(false);
    }
  });

  it.each([
    ['every phase is past: on the latest', '2029-06-15', /Warehouse sync/],
    ['every phase is ahead: on the earliest', '2021-06-15', /Storage engine/],
  ])('opens with a bar in view when %s', (_case, now, name) => {
    // No frame awaited: what render() leaves is what the browser paints first.
    const { container } = render(
      <div style={{ inlineSize: '900px' }}>
        <Timeline roadmap={longRoadmap} now={now} />
      </div>,
    );
    const viewport = container.querySelector<HTMLElement>('[data-slot="viewport"]')!;
    const box = viewport.getBoundingClientRect();
    const corner = container.querySelector<HTMLElement>('[data-slot="corner"]')!.getBoundingClientRect();
    const bar = barOf(name).getBoundingClientRect();
    expect(viewport.scrollLeft).toBeGreaterThan(0);
    expect(bar.right).toBeGreaterThan(corner.right);
    expect(bar.left).toBeLessThan(box.left + viewport.clientWidth);
    expect(bar.bottom).toBeGreaterThan(box.top);
    expect(bar.top).toBeLessThan(box.top + viewport.clientHeight);
  });

  it('opens on both the latest bar and today when every phase is past but today is near', () => {
    const { container } = render(
      <div style={{ inlineSize: '900px' }}>
        <Timeline roadmap={longRoadmap} now="2027-02-15" />
      </div>,
    );
    const viewport = container.querySelector<HTMLElement>('[data-slot="viewport"]')!;
    const box = viewport.getBoundingClientRect();
    const corner = container.querySelector<HTMLElement>('[data-slot="corner"]')!.getBoundingClientRect();
    const today = within(container.querySelector<HTMLElement>('[data-slot="axis"]')!).getByText('Today').getBoundingClientRect();
    const bar = barOf(/Warehouse sync/).getBoundingClientRect();
    expect(today.left).toBeGreaterThanOrEqual(corner.right);
    expect(today.right).toBeLessThanOrEqual(box.left + viewport.clientWidth);
    expect(bar.right).toBeGreaterThan(corner.right);
    expect(bar.right).toBeLessThan(today.left);
  });

  it('opens with every bar in view, centred, when all are long past and fit in the view', () => {
    const pastRoadmap: Roadmap = {
      title: 'Past fixture',
      phases: [
        phase('alpha', 'Alpha', 'v0.1', 'done', { start: '2019-07-01', end: '2019-09-30', precision: 'quarter' }),
        phase('beta', 'Beta', 'v0.2', 'done', { start: '2020-01-01', end: '2020-03-31', precision: 'quarter' }),
        phase('ga', 'General availability', 'v1.0', 'done', { start: '2020-10-01', end: '2020-12-31', precision: 'quarter' }),
      ],
      metrics: [],
      cadences: [],
    };
    const { container } = renderAxis(1280, pastRoadmap);
    const viewport = container.querySelector<HTMLElement>('[data-slot="viewport"]')!;
    const corner = container.querySelector<HTMLElement>('[data-slot="corner"]')!.getBoundingClientRect();
    const end = viewport.getBoundingClientRect().left + viewport.clientWidth;
    // The axis runs on to today (2026): it scrolls, but here its start is where the bars centre.
    expect(viewport.scrollWidth).toBeGreaterThan(viewport.clientWidth);
    for (const name of [/Alpha/, /Beta/, /General availability/]) {
      const bar = barOf(name).getBoundingClientRect();
      expect(bar.left, String(name)).toBeGreaterThanOrEqual(corner.right);
      expect(bar.right, String(name)).toBeLessThanOrEqual(end);
    }
  });

  it('still opens on today after a window resize laid the page out, for no frame, too narrow for the axis', async () => {
    // A full-page screenshot lays the page out at 1 × 1 px and back between two frames: the list
    // shows for that layout, the browser clamps the axis's scroll, and no ResizeObserver sees it.
    const { container } = renderAxis(900);
    await nextFrame();
    const box = container.firstElementChild as HTMLElement;
    const viewport = container.querySelector<HTMLElement>('[data-slot="viewport"]')!;
    const opened = viewport.scrollLeft;
    expect(opened).toBeGreaterThan(0);
    box.style.inlineSize = '1px';
    expect(viewport.scrollLeft).toBeLessThan(opened);
    box.style.inlineSize = '900px';
    window.dispatchEvent(new Event('resize'));
    await nextFrame();
    await nextFrame();
    expect(viewport.scrollLeft).toBe(opened);
    const corner = container.querySelector<HTMLElement>('[data-slot="corner"]')!.getBoundingClientRect();
    const today = within(container.querySelector<HTMLElement>('[data-slot="axis"]')!).getByText('Today').getBoundingClientRect();
    expect(today.left).toBeGreaterThanOrEqual(corner.right);
    expect(today.right).toBeLessThanOrEqual(viewport.getBoundingClientRect().left + viewport.clientWidth);
  });

  it('keeps what the server drew: layout shift from hydration stays under 0.05', async () => {
    let shift = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shift += entry.value;
    });
    observer.observe({ type: 'layout-shift' });
    const element = <Timeline roadmap={longRoadmap} now={NOW} />;
    const container = document.createElement('div');
    container.style.inlineSize = '1280px';
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const serverAxis = getComputedStyle(container.querySelector('[data-slot="axis"]')!).display;
    const serverHeight = container.getBoundingClientRect().height;
    const root = hydrateRoot(container, element);
    await nextFrame();
    await nextFrame();
    expect(serverAxis).toBe('grid');
    expect(getComputedStyle(container.querySelector('[data-slot="axis"]')!).display).toBe('grid');
    expect(container.getBoundingClientRect().height).toBe(serverHeight);
    observer.disconnect();
    expect(shift).toBeLessThanOrEqual(0.05);
    root.unmount();
    container.remove();
  });
});
