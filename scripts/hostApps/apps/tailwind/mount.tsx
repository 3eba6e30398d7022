// The Tailwind host's page: Tailwind utilities placed on roadmap-kit components, next to the same
// components left alone, then a whole RoadmapView with a utility on one of its slots.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReleaseCalendar, RoadmapThemeProvider, RoadmapView, StatusBadge } from 'roadmap-kit';
import { NOW, roadmap } from '../shared/roadmap';

function App() {
  return (
    <RoadmapThemeProvider now={NOW}>
      <main className="mx-auto max-w-3xl bg-slate-50 p-4">
        <h1 className="text-2xl font-bold">{roadmap.title}</h1>
        <p>
          <StatusBadge status="in-progress" className="rounded-none p-8" />
          <span id="overridden-note"> ← overridden by host utilities</span>
        </p>
        <p>
          <StatusBadge status="done" />
        </p>
        <ReleaseCalendar roadmap={roadmap} classNames={{ caption: 'text-3xl', navButton: 'px-6' }} />
        <RoadmapView roadmap={roadmap} now={NOW} className="mt-8" classNames={{ title: 'text-4xl' }} />
      </main>
    </RoadmapThemeProvider>
  );
}

export function mount() {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
