import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { EXAMPLE_NOW } from '../../src/examples/exampleNow.js';
import { generateRoadmap } from '../../src/examples/generateRoadmap.js';
import { releasesByQuarter } from '../../src/examples/releasesByQuarter.js';
import type { UseTimelineOptions } from '../../src/hooks/useTimeline.js';
import { useTimeline } from '../../src/hooks/useTimeline.js';
import type { Roadmap } from '../../src/model/types.js';

interface HeadlessTimelineProps extends UseTimelineOptions {
  roadmap: Roadmap;
}

/** A timeline built from `useTimeline` alone: plain markup and inline styles, no roadmap-kit component or CSS. */
function HeadlessTimeline({ roadmap, ...options }: HeadlessTimelineProps) {
  const timeline = useTimeline(roadmap, { ...options, rowSize: 40 });
  if (!timeline.roadmap) return <p role="alert">{timeline.issues.length} problems</p>;
  const horizontal = timeline.orientation === 'horizontal';
  return (
    <div style={{ fontFamily: 'system-ui', color: '#1a1d23', background: '#ffffff', padding: '0.5rem' }}>
      {horizontal && (
        <p>
          {(['month', 'quarter', 'year'] as const).map((level) => (
            <button key={level} {...timeline.getZoomProps(level)} style={{ fontWeight: timeline.zoom === level ? 700 : 400 }}>
              {level}
            </button>
          ))}
        </p>
      )}
      <div {...timeline.getViewportProps()} style={{ position: 'relative', overflow: 'auto', maxHeight: 320, border: '1px solid #6b7280' }}>
        {horizontal && (
          <div aria-hidden="true" style={{ position: 'relative', height: 24, width: timeline.size.width }}>
            {timeline.ticks.map((tick) => (
              <span key={tick.start} style={{ position: 'absolute', left: tick.x, width: tick.width, borderLeft: '1px solid #6b7280', fontSize: 12 }}>
                {tick.label}
              </span>
            ))}
            {timeline.todayMarker && <span style={{ position: 'absolute', left: timeline.todayMarker.x, height: 24 + timeline.size.height, borderLeft: '2px solid #b42318' }} />}
          </div>
        )}
        <ol aria-label={`${timeline.roadmap.title}, headless`} style={{ position: 'relative', margin: 0, padding: 0, listStyle: 'none', height: timeline.size.height, width: horizontal ? timeline.size.width : undefined }}>
          {timeline.visibleEntries.map((entry) => {
            const text = timeline.describePhase(entry);
            const top = horizontal ? entry.y : entry.y;
            return (
              <li key={entry.phase.id} {...timeline.getItemProps(entry)} style={{ position: 'absolute', top, left: horizontal ? entry.x : 0, width: horizontal ? entry.width : '100%', height: horizontal ? entry.height : timeline.rowSize }}>
                <button type="button" {...timeline.getPhaseProps(entry)} style={{ width: '100%', height: '100%', textAlign: 'start', overflow: 'hidden', whiteSpace: 'nowrap' }}>
                  {entry.phase.version} {entry.phase.title} <span aria-hidden="true">({text.dates})</span>
                  <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}>{text.datesInWords}</span> {text.status}, {text.progress}
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}

const meta = {
  title: 'Headless/useTimeline',
  component: HeadlessTimeline,
  args: { roadmap: releasesByQuarter, now: EXAMPLE_NOW },
  argTypes: {
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    defaultZoom: { control: 'inline-radio', options: ['month', 'quarter', 'year'] },
  },
} satisfies Meta<typeof HeadlessTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const VerticalList: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: /Funnels/ }).focus();
    await userEvent.keyboard('{ArrowDown}');
    // A phase that has to scroll into view takes focus a frame later (focusScrollingFirst).
    await waitFor(() => expect(canvas.getByRole('button', { name: /Experiments/ })).toHaveFocus());
  },
};

export const TimeAxis: Story = { args: { orientation: 'horizontal' } };

export const TenThousandPhases: Story = { args: { roadmap: generateRoadmap(10_000) } };
