// A Server Component: ROADMAP.md is read and parsed while `next build` prerenders the page, so the
// markdown parser stays on the server. RoadmapView is a client component ("use client" in the
// package); the parsed model is plain JSON, so it crosses the boundary as a prop. No `now` prop: the
// page is built on one day and read on others, and shows the reader's today.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RoadmapView } from 'roadmap-kit';
import { parseRoadmap } from 'roadmap-kit/markdown';

export default async function Page() {
  const { roadmap } = parseRoadmap(await readFile(join(process.cwd(), 'ROADMAP.md'), 'utf8'));
  return (
    <main>
      <RoadmapView roadmap={roadmap} headingLevel={1} />
    </main>
  );
}
