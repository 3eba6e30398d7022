// The page every host renders (client, server-rendered, React 18.3). When RoadmapView exists, this
// file is the one to change: `<RoadmapView roadmap={roadmap} />` replaces the body of <main>.
import { ReleaseCalendar, RoadmapThemeProvider, StatusBadge } from 'roadmap-kit';
import { validateRoadmap } from 'roadmap-kit/headless';
import { NOW, roadmap } from './roadmap';

export function App() {
  const checked = validateRoadmap(roadmap);
  return (
    <RoadmapThemeProvider theme={{ accent: '#6d28d9' }} now={NOW}>
      <main>
        <h1>{roadmap.title}</h1>
        <p>{checked.ok ? `${checked.roadmap.phases.length} phases, valid` : `${checked.issues.length} problems`}</p>
        <ul>
          {roadmap.phases.map((phase) => (
            <li key={phase.id}>
              {phase.version} {phase.title} <StatusBadge status={phase.status} />
            </li>
          ))}
        </ul>
        <ReleaseCalendar roadmap={roadmap} showProjected />
      </main>
    </RoadmapThemeProvider>
  );
}
