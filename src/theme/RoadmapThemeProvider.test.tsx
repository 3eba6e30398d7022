import { render } from '@testing-library/react';
import type { RoadmapDefaults } from './RoadmapThemeProvider.js';
import { RoadmapThemeProvider, useRoadmapDefaults } from './RoadmapThemeProvider.js';

const labels = { noData: () => 'Pas de données' };

describe('RoadmapThemeProvider', () => {
  it('keeps one context value while what it holds is unchanged, and a new one when it changes', () => {
    const seen: RoadmapDefaults[] = [];
    function Reader({ tick }: { tick: number }) {
      seen.push(useRoadmapDefaults());
      return <span>{tick}</span>;
    }
    const { rerender } = render(
      <RoadmapThemeProvider now="2026-03-15" labels={labels}>
        <Reader tick={1} />
      </RoadmapThemeProvider>,
    );
    // The host re-renders for its own reasons: the components below see the same defaults object.
    rerender(
      <RoadmapThemeProvider now="2026-03-15" labels={labels}>
        <Reader tick={2} />
      </RoadmapThemeProvider>,
    );
    rerender(
      <RoadmapThemeProvider now="2026-04-01" labels={labels}>
        <Reader tick={3} />
      </RoadmapThemeProvider>,
    );
    expect(seen).toHaveLength(3);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[1]!.labels).toBe(seen[0]!.labels);
    expect(seen[2]).not.toBe(seen[1]);
    expect(seen[2]).toEqual({ theme: undefined, locale: undefined, now: '2026-04-01', labels });
  });
});
