import type { Meta, StoryObj } from '@storybook/react-vite';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { RoadmapView } from '../src/components/RoadmapView/RoadmapView.js';
import { EXAMPLE_NOW } from '../src/examples/exampleNow.js';
import { parseRoadmap } from '../src/markdown/parseRoadmap.js';
import { PLAYGROUND_SAMPLE } from './playgroundSample.js';

/** Paste any ROADMAP.md: it is parsed as you type and rendered with its diagnostics beside it. */
function RoadmapPlayground({ initialMarkdown, now }: { initialMarkdown: string; now: string }) {
  const [markdown, setMarkdown] = useState(initialMarkdown);
  // Typing stays responsive on long documents: parsing and rendering trail the text area.
  const deferred = useDeferredValue(markdown);
  const { roadmap, diagnostics } = useMemo(() => parseRoadmap(deferred, { now }), [deferred, now]);
  const editorId = useId();
  const diagnosticsId = useId();
  return (
    <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))', alignItems: 'start' }}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: '0.5rem' }}>
        <label htmlFor={editorId} style={{ fontWeight: 600 }}>
          ROADMAP.md
        </label>
        <textarea
          id={editorId}
          value={markdown}
          onChange={(event) => setMarkdown(event.target.value)}
          spellCheck={false}
          rows={24}
          aria-describedby={diagnosticsId}
          style={{ inlineSize: '100%', fontFamily: 'ui-monospace, monospace', fontSize: '0.8125rem', color: 'inherit', background: 'inherit' }}
        />
        <section aria-labelledby={diagnosticsId}>
          <h2 id={diagnosticsId} style={{ fontSize: '1rem' }}>
            {diagnostics.length === 0 ? 'No diagnostics' : `${diagnostics.length} diagnostics`}
          </h2>
          <ul style={{ margin: 0, paddingInlineStart: '1.25rem', fontSize: '0.8125rem' }}>
            {diagnostics.map((diagnostic) => (
              <li key={`${diagnostic.line}:${diagnostic.message}`}>
                Line {diagnostic.line} ({diagnostic.severity}): {diagnostic.message}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <RoadmapView roadmap={roadmap} now={now} headingLevel={2} />
    </div>
  );
}

const meta = {
  title: 'Playground',
  component: RoadmapPlayground,
  args: { initialMarkdown: PLAYGROUND_SAMPLE, now: EXAMPLE_NOW },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof RoadmapPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PasteYourRoadmap: Story = { name: 'Paste your roadmap' };

export const EditingUpdatesTheView: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = canvas.getByRole('textbox', { name: 'ROADMAP.md' });
    await userEvent.clear(editor);
    await userEvent.type(editor, '# Tiny Roadmap{enter}{enter}## v0.1 - First Cut (Q2 2026){enter}{enter}- [[x] Hello'); // '[[' types a literal '['
    await expect(await canvas.findByRole('heading', { name: 'Tiny Roadmap' })).toBeInTheDocument();
    // The view renders a deferred copy of the text, so it settles a moment after the last key.
    await waitFor(() => expect(canvas.getByRole('progressbar', { name: 'Overall progress' })).toHaveAttribute('aria-valuetext', '1 of 1 done'));
  },
};
