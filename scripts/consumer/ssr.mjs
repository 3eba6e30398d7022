// Renders through the package's public entry in plain Node, as a server-rendering host would.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { RoadmapThemeProvider, StatusBadge } from 'roadmap-kit';
import { validateRoadmap } from 'roadmap-kit/headless';

const html = renderToString(
  createElement(RoadmapThemeProvider, { theme: { colorScheme: 'dark' } }, createElement(StatusBadge, { status: 'in-progress' })),
);
if (!html.includes('In progress') || !html.includes('data-color-scheme="dark"')) throw new Error(`unexpected markup: ${html}`);
const result = validateRoadmap({ title: 'T', phases: [{ title: 'P', when: { start: '2026-13-01', end: '2026-12-31', precision: 'day' } }] });
if (result.ok || result.issues[0].path !== 'phases[0].when.start') throw new Error(`unexpected validation: ${JSON.stringify(result)}`);
if (typeof window !== 'undefined') throw new Error('window exists in Node');
console.log('ssr ok');
