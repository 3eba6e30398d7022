// The page every host renders (client, server-rendered, React 18.3): the whole roadmap as one
// RoadmapView (header with overall progress, filter bar, Timeline, PhaseCards, ReleaseCalendar),
// under a provider carrying the host's accent, with the host's own validation line below it.
import { RoadmapThemeProvider, RoadmapView } from 'roadmap-kit';
import { validateRoadmap } from 'roadmap-kit/headless';
import { NOW, roadmap } from './roadmap';

export function App() {
  const checked = validateRoadmap(roadmap);
  return (
    <RoadmapThemeProvider theme={{ accent: '#6d28d9' }}>
      <main>
        <RoadmapView roadmap={roadmap} now={NOW} headingLevel={1} />
        <p>{checked.ok ? `${checked.roadmap.phases.length} phases, valid` : `${checked.issues.length} problems`}</p>
      </main>
    </RoadmapThemeProvider>
  );
}
