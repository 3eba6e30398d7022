// The Tailwind host's page: Tailwind utilities placed on roadmap-kit components, next to the same
// components left alone.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReleaseCalendar, RoadmapThemeProvider, StatusBadge } from 'roadmap-kit';
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
