// A React Server Component page: async, validates the roadmap on the server with the headless
// API, and hands it to roadmap-kit's components, which must arrive as client references.
import { ReleaseCalendar, RoadmapThemeProvider, StatusBadge } from 'roadmap-kit';
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
    <RoadmapThemeProvider now={NOW}>
      <h1>{checked.roadmap.title}</h1>
      <p>{`${checked.roadmap.phases.length} phases, validated on the server`}</p>
      <StatusBadge status={checked.roadmap.phases[0]?.status ?? 'planned'} />
      <ReleaseCalendar roadmap={checked.roadmap} />
    </RoadmapThemeProvider>
  );
}
