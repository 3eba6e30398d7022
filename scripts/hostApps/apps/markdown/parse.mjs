// A plain Node script, as a docs build or CI job would write one: parses ROADMAP.md with
// roadmap-kit/markdown, checks the result with the headless validator, prints a JSON summary.
import { readFileSync } from 'node:fs';
import { validateRoadmap } from 'roadmap-kit/headless';
import { parseRoadmap } from 'roadmap-kit/markdown';

const { roadmap, diagnostics } = parseRoadmap(readFileSync(new URL('./ROADMAP.md', import.meta.url), 'utf8'), { now: '2026-03-15' });
const checked = validateRoadmap(roadmap);
process.stdout.write(
  JSON.stringify({
    title: roadmap.title,
    phases: roadmap.phases.map((phase) => ({ title: phase.title, status: phase.status, items: phase.groups.flatMap((group) => group.items).length })),
    warnings: diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').map((diagnostic) => diagnostic.message),
    valid: checked.ok,
  }),
);
