// A React Server Component page: async, validates the roadmap on the server with the headless
// API, and hands it to roadmap-kit's RoadmapView, which must arrive as a client reference.
import { RoadmapThemeProvider, RoadmapView } from 'roadmap-kit';
import { validateRoadmap } from 'roadmap-kit/headless';
import { NOW, roadmap } from '../shared/roadmap';

async function loadRoadmap() {
  // Stands in for a database or file read that only a server can do.
  return structuredClone(roadmap);
}

export async function Page() {
  const checked = validateRoadmap(await loadRoadmap());
  if (!checked.ok) return <p>{checked.issues.length} problems</p>;
  return (
    <RoadmapThemeProvider theme={{ accent: '#6d28d9' }}>
      <p>{`${checked.roadmap.phases.length} phases, validated on the server`}</p>
      <RoadmapView roadmap={checked.roadmap} now={NOW} headingLevel={1} />
    </RoadmapThemeProvider>
  );
}
