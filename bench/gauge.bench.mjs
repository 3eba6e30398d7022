// MetricGauge and PhaseCard next to react-gauge-component, in one run: gzipped size as a host
// bundles each import (react external, dependencies and CSS included), and main-thread time to
// mount 100 and 500 gauges and a 1,000-item PhaseCard in Chromium. Targets (issue 5): MetricGauge
// at most 12 KiB gzipped and at most 1/10 of react-gauge-component's main-thread time.
import { measureBundle } from './lib/bundleSize.mjs';
import { benchHtml, bundleForBrowser, launchChromium, measureUntilQuiet, servePages } from './lib/chromium.mjs';

const KIB = 1024;
// What `roadmap-kit` resolves to through the exports map, by path (bundles resolve from the root).
const ENTRY = './dist/index.js';
// Each component's own stylesheet, what `roadmap-kit/styles/<name>.css` resolves to: tokens, its CSS
// and that of what it renders (RoadmapIssues for invalid input; PhaseCard also StatusBadge and MetricGauge).
const GAUGE_CSS = `import './dist/styles/metric-gauge.css';`;
const CARD_CSS = `import './dist/styles/phase-card.css';`;

const METRICS = `const UNITS = ['ms', '%', 'MB', undefined, 'req/s'];
const COMPARATORS = ['lt', 'gte', 'lt', 'gte', 'gte'];
const metricAt = (i) => ({ id: 'm' + i, label: 'Metric ' + (i + 1), target: 100, comparator: COMPARATORS[i % 5], unit: UNITS[i % 5] });
const valueAt = (i) => (i * 37) % 180;`;

// Each page mounts on window.mount(count) so the measurement covers React rendering plus whatever
// the library does afterwards (react-gauge-component draws with d3 in effects).
const PAGES = {
  'metric-gauge': `import { createRoot } from 'react-dom/client'; import { MetricGauge } from '${ENTRY}'; ${GAUGE_CSS}
${METRICS}
window.mount = (count) => createRoot(document.getElementById('root')).render(
  <div style={{ display: 'grid', gridTemplateColumns: 'repeat(5, 1fr)', gap: 8 }}>
    {Array.from({ length: count }, (_, i) => <MetricGauge key={i} metric={metricAt(i)} current={valueAt(i)} variant="radial" />)}
  </div>);`,
  'react-gauge-component': `import { createRoot } from 'react-dom/client'; import GaugeComponent from 'react-gauge-component';
${METRICS}
window.mount = (count) => createRoot(document.getElementById('root')).render(
  <div style={{ display: 'grid', gridTemplateColumns: 'repeat(5, 1fr)', gap: 8 }}>
    {Array.from({ length: count }, (_, i) => <div key={i} style={{ width: 200 }}><GaugeComponent type="semicircle" value={valueAt(i)} minValue={0} maxValue={200} /></div>)}
  </div>);`,
  'phase-card': `import { createRoot } from 'react-dom/client'; import { PhaseCard, slugify } from '${ENTRY}'; import { generateLongPhase } from './src/examples/generateLongPhase.ts'; ${CARD_CSS}
window.mount = (count, allOpen) => {
  const phase = generateLongPhase(count, 20);
  // By default only the first three groups open (DESIGN.md); allOpen renders all 1,000 items.
  const defaultOpen = allOpen ? phase.groups.map((group) => slugify(group.title, 'group')) : undefined;
  createRoot(document.getElementById('root')).render(<PhaseCard phase={phase} defaultOpen={defaultOpen} />);
};`,
};

async function mountTime(browser, origin, page, count, extra) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await tab.goto(`${origin}/${page}.html`);
  const result = await measureUntilQuiet(tab, () => tab.evaluate(([n, e]) => window.mount(n, e), [count, extra ?? false]));
  await tab.close();
  return { ...result, consoleErrors: errors.length };
}

function kib(bytes) {
  return Math.round((bytes / KIB) * 10) / 10;
}

function ratio(a, b) {
  return Math.round((a / b) * 1000) / 1000;
}

export async function run({ root }) {
  const [metricGauge, phaseCard, gaugeComponent] = await Promise.all([
    measureBundle({ root, code: `import { MetricGauge } from '${ENTRY}'; ${GAUGE_CSS} export { MetricGauge };` }),
    measureBundle({ root, code: `import { PhaseCard } from '${ENTRY}'; ${CARD_CSS} export { PhaseCard };` }),
    measureBundle({ root, code: `import GaugeComponent from 'react-gauge-component'; export { GaugeComponent };` }),
  ]);
  const size = {
    metricGaugeGzipKiB: kib(metricGauge.gzipBytes),
    metricGaugeJsGzipKiB: kib(metricGauge.jsGzipBytes),
    phaseCardGzipKiB: kib(phaseCard.gzipBytes),
    phaseCardJsGzipKiB: kib(phaseCard.jsGzipBytes),
    reactGaugeComponentGzipKiB: kib(gaugeComponent.gzipBytes),
    metricGaugeVsReactGaugeComponent: ratio(metricGauge.gzipBytes, gaugeComponent.gzipBytes),
    metricGaugeWithinTarget: metricGauge.gzipBytes <= 12 * KIB,
  };

  const pages = {};
  for (const [name, code] of Object.entries(PAGES)) {
    pages[`/${name}.html`] = { type: 'text/html', body: benchHtml(await bundleForBrowser({ root, code })) };
  }
  const server = await servePages(pages);
  const browser = await launchChromium();
  try {
    const mount = {};
    for (const count of [100, 500]) {
      mount[`metricGauge${count}`] = await mountTime(browser, server.origin, 'metric-gauge', count);
      mount[`reactGaugeComponent${count}`] = await mountTime(browser, server.origin, 'react-gauge-component', count);
    }
    mount.phaseCard1000Items = await mountTime(browser, server.origin, 'phase-card', 1000);
    mount.phaseCard1000ItemsAllOpen = await mountTime(browser, server.origin, 'phase-card', 1000, true);
    const ratios = {
      metricGaugeVsReactGaugeComponent100: ratio(mount.metricGauge100.mainThreadMs, mount.reactGaugeComponent100.mainThreadMs),
      metricGaugeVsReactGaugeComponent500: ratio(mount.metricGauge500.mainThreadMs, mount.reactGaugeComponent500.mainThreadMs),
    };
    return {
      size,
      mount,
      ratios,
      withinTargets: size.metricGaugeWithinTarget && ratios.metricGaugeVsReactGaugeComponent100 <= 0.1 && ratios.metricGaugeVsReactGaugeComponent500 <= 0.1,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
