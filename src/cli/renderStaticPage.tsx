// Loaded only by `roadmap-kit render` (a dynamic import), so the other commands never need React.
import { renderToStaticMarkup } from 'react-dom/server';
import type { StaticRoadmapPageProps } from './StaticRoadmapPage.js';
import { StaticRoadmapPage } from './StaticRoadmapPage.js';

/** The static page as one HTML document: server-rendered markup, no script, no hydration. */
export function renderStaticPage(props: StaticRoadmapPageProps): string {
  return `<!doctype html>\n${renderToStaticMarkup(<StaticRoadmapPage {...props} />)}\n`;
}
