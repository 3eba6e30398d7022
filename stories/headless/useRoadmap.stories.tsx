import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { StatusBadge } from '../../src/components/StatusBadge/StatusBadge.js';
import { EXAMPLE_NOW } from '../../src/examples/exampleNow.js';
import { milestonesWithMetrics } from '../../src/examples/milestonesWithMetrics.js';
import { numberedPhases } from '../../src/examples/numberedPhases.js';
import { releasesByQuarter } from '../../src/examples/releasesByQuarter.js';
import { formatSpan } from '../../src/i18n/formatSpan.js';
import { STATUSES } from '../../src/model/types.js';
import type { Roadmap } from '../../src/model/types.js';
import { useRoadmap } from '../../src/hooks/useRoadmap.js';
import { defaultLabels } from '../../src/i18n/defaultLabels.js';

/** A roadmap outline built from `useRoadmap` alone: the host owns every element and style. */
function RoadmapOutline({ roadmap, now }: { roadmap: Roadmap; now: string }) {
  const { visiblePhases, progress, filter, setFilter, issues } = useRoadmap(roadmap, { now });
  const searchId = useId();
  if (issues.length > 0) return <p role="alert">{issues.length} problems</p>;
  return (
    <section aria-labelledby={`${searchId}-title`} style={{ fontFamily: 'system-ui', maxInlineSize: '48rem' }}>
      <h2 id={`${searchId}-title`}>{roadmap.title}</h2>
      <p>
        Overall: {progress.total === 0 ? defaultLabels.noItems() : defaultLabels.progress(progress.done, progress.total)}
      </p>
      <label htmlFor={searchId}>Search </label>
      <input id={searchId} type="search" value={filter.text ?? ''} onChange={(event) => setFilter({ ...filter, text: event.target.value })} />
      <fieldset style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap', border: 0, padding: 0 }}>
        <legend>Status</legend>
        {STATUSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={filter.statuses?.includes(status) ?? false}
              onChange={(event) => {
                const statuses = new Set(filter.statuses);
                if (event.target.checked) statuses.add(status);
                else statuses.delete(status);
                setFilter({ ...filter, statuses: [...statuses] });
              }}
            />{' '}
            {defaultLabels.status(status)}
          </label>
        ))}
      </fieldset>
      <ol>
        {visiblePhases.map(({ phase, progress: phaseProgress, isCurrent, isOverdue }) => (
          <li key={phase.id}>
            <strong>
              {phase.version} {phase.title}
            </strong>{' '}
            <StatusBadge status={phase.status} /> {phase.when ? formatSpan(phase.when) : phase.timeframe}{' '}
            {isCurrent && <em>({defaultLabels.current()})</em>} {isOverdue && <em>({defaultLabels.overdue()})</em>}
            <div>{phaseProgress.total === 0 ? defaultLabels.noItems() : defaultLabels.progress(phaseProgress.done, phaseProgress.total)}</div>
            <ul>
              {phase.groups.flatMap((group) => group.items).map((item) => (
                <li key={item.id}>
                  {item.title} — {defaultLabels.status(item.status)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

const meta = {
  title: 'Headless/useRoadmap',
  component: RoadmapOutline,
  args: { roadmap: releasesByQuarter, now: EXAMPLE_NOW },
} satisfies Meta<typeof RoadmapOutline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ReleasesByQuarter: Story = {};
export const NumberedPhases: Story = { args: { roadmap: numberedPhases } };
export const MilestonesWithMetrics: Story = { args: { roadmap: milestonesWithMetrics } };

export const SearchNarrowsThePhases: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search' }), 'warehouse');
    await expect(canvas.getAllByRole('listitem').filter((item) => item.querySelector('strong'))).toHaveLength(1);
    await expect(canvas.getByText(/Warehouse Sync/)).toBeInTheDocument();
  },
};
