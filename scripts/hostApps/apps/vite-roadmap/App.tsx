// Imports ROADMAP.md through the `?roadmap` query: the plugin parses and validates it in Node at build
// time (and on each dev-server read), so the browser gets the model and no markdown parser. A
// component-only module, so an edit to ROADMAP.md is a Fast Refresh update of this component.
import { RoadmapView } from 'roadmap-kit';
import roadmap from './ROADMAP.md?roadmap';

export function App() {
  return (
    <main>
      <RoadmapView roadmap={roadmap} headingLevel={1} />
    </main>
  );
}
