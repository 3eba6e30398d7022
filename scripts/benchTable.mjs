// Turns bench/results/all.json (written by `npm run bench`) into the README's performance table.
// `node scripts/benchTable.mjs` prints it; `--write` replaces the table between the README markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => (value === undefined ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`);
const ratio = (a, b) => (a && b ? (a / b).toFixed(3) : '—');
const verdict = (ok) => (ok ? 'met' : '**not met**');

/** @param {any} all the parsed all.json */
export function benchTable(all) {
  const { timeline, gauge, calendar, parse, headless } = all.results;
  const rows = [];
  const row = (what, ours, peer, r, target, ok) => rows.push(`| ${what} | ${ours} | ${peer} | ${r} | ${target} | ${ok} |`);
  if (timeline) {
    const at = (n) => timeline.cases[n];
    const t1k = at(1000);
    const t10k = at(10000);
    // `timeline` is a host's default (no orientation, a 1280 px page: the axis); `timelineVertical` the list.
    const reached = (kind) => (kind.reach ? `End ${kind.reach.byEnd ? 'reaches' : '**misses**'} the last phase, scrolling ${kind.reach.byScroll ? 'reaches' : '**misses**'} it` : '—');
    row('Timeline mount, 1,000 phases, defaults (axis)', ms(t1k.timeline.mount.mainThreadMs), `react-chrono ${ms(t1k.chrono.mount.mainThreadMs)}`, ratio(t1k.timeline.mount.mainThreadMs, t1k.chrono.mount.mainThreadMs), '≤ 0.1', verdict(t1k.timeline.mount.mainThreadMs <= t1k.chrono.mount.mainThreadMs / 10));
    row('Timeline mount vs a plain React list, 1,000, defaults (axis)', ms(t1k.timeline.mount.mainThreadMs), `plain list ${ms(t1k.plainList.mount.mainThreadMs)}`, ratio(t1k.timeline.mount.mainThreadMs, t1k.plainList.mount.mainThreadMs), '≤ 1', verdict(t1k.timeline.mount.mainThreadMs <= t1k.plainList.mount.mainThreadMs));
    row('Timeline re-render, every entry changed, 1,000, defaults', ms(t1k.timeline.update.mainThreadMs), `react-chrono ${ms(t1k.chrono.update.mainThreadMs)}`, ratio(t1k.timeline.update.mainThreadMs, t1k.chrono.update.mainThreadMs), '—', '—');
    row('Timeline mount, 1,000, vertical list', ms(t1k.timelineVertical.mount.mainThreadMs), `plain list ${ms(t1k.plainList.mount.mainThreadMs)}`, ratio(t1k.timelineVertical.mount.mainThreadMs, t1k.plainList.mount.mainThreadMs), '≤ 1', verdict(t1k.timelineVertical.mount.mainThreadMs <= t1k.plainList.mount.mainThreadMs));
    row('Timeline mount, 10,000 phases, defaults (axis)', `${ms(t10k.timeline.mount.mainThreadMs)}, ${t10k.timeline.mount.domElements} DOM elements`, `react-chrono ${ms(t10k.chrono.mount.mainThreadMs)}${t10k.chrono.mount.timedOut ? ' (capped)' : ''}, ${t10k.chrono.mount.domElements.toLocaleString('en-US')} elements`, ratio(t10k.timeline.mount.mainThreadMs, t10k.chrono.mount.mainThreadMs), '≤ 150 ms', verdict(t10k.timeline.mount.mainThreadMs <= 150));
    row('Timeline mount, 10,000, vertical list', `${ms(t10k.timelineVertical.mount.mainThreadMs)}, ${t10k.timelineVertical.mount.domElements} DOM elements`, `plain list ${ms(t10k.plainList.mount.mainThreadMs)}`, ratio(t10k.timelineVertical.mount.mainThreadMs, t10k.plainList.mount.mainThreadMs), '≤ 150 ms', verdict(t10k.timelineVertical.mount.mainThreadMs <= 150));
    row('Timeline at 10,000: the last phase', reached(t10k.timeline), '—', '—', 'reached', verdict(t10k.timeline.reach?.byEnd && t10k.timeline.reach?.byScroll));
    const { bundle } = timeline;
    row('`import { Timeline }` + `styles/timeline.css`, gzipped', kib(bundle.timelineWithTimelineCss.gzipBytes), `react-chrono ${kib(bundle.chrono.gzipBytes)}`, String(bundle.gzipTimelineOverChrono), '≤ 0.5', verdict(bundle.gzipTimelineOverChrono <= 0.5));
    row('`import { Timeline }` + the whole `styles.css`', kib(bundle.timelineWithStylesCss.gzipBytes), `react-chrono ${kib(bundle.chrono.gzipBytes)}`, String(bundle.gzipTimelineWithStylesCssOverChrono), '—', '—');
  }
  if (gauge) {
    row('`import { MetricGauge }` + `styles/metric-gauge.css`, gzipped', `${gauge.size.metricGaugeGzipKiB} KiB`, `react-gauge-component ${gauge.size.reactGaugeComponentGzipKiB} KiB`, String(gauge.size.metricGaugeVsReactGaugeComponent), '≤ 12 KiB', verdict(gauge.size.metricGaugeGzipKiB <= 12));
    row('Mount 100 gauges', ms(gauge.mount.metricGauge100.mainThreadMs), `react-gauge-component ${ms(gauge.mount.reactGaugeComponent100.mainThreadMs)}`, String(gauge.ratios.metricGaugeVsReactGaugeComponent100), '≤ 0.1', verdict(gauge.ratios.metricGaugeVsReactGaugeComponent100 <= 0.1));
    row('Mount 500 gauges', ms(gauge.mount.metricGauge500.mainThreadMs), `react-gauge-component ${ms(gauge.mount.reactGaugeComponent500.mainThreadMs)}`, String(gauge.ratios.metricGaugeVsReactGaugeComponent500), '≤ 0.1', verdict(gauge.ratios.metricGaugeVsReactGaugeComponent500 <= 0.1));
    row('`import { PhaseCard }` + `styles/phase-card.css`, gzipped', `${gauge.size.phaseCardGzipKiB} KiB`, '—', '—', '—', '—');
    row('Mount a 1,000-item PhaseCard (3 groups open / all open)', `${ms(gauge.mount.phaseCard1000Items.mainThreadMs)} / ${ms(gauge.mount.phaseCard1000ItemsAllOpen.mainThreadMs)}`, '—', '—', '—', '—');
  }
  if (calendar) {
    const { size } = calendar;
    row('`import { ReleaseCalendar }` + `styles/release-calendar.css`, gzipped', kib(size.releaseCalendarWithReleaseCalendarCss.gzipBytes), `react-big-calendar ${kib(size.reactBigCalendar.gzipBytes)}`, String(size.ratio), '≤ 0.5', verdict(size.ratio <= 0.5));
    row('`import { ReleaseCalendar }` + the whole `styles.css`', kib(size.releaseCalendarWithStylesCss.gzipBytes), `react-big-calendar ${kib(size.reactBigCalendar.gzipBytes)}`, String(size.ratioWithStylesCss), '—', '—');
    row(`Mount a calendar with ${calendar.releases.toLocaleString('en-US')} releases`, ms(calendar.time.releaseCalendar.mountMs), `react-big-calendar ${ms(calendar.time.reactBigCalendar.mountMs)}`, String(calendar.time.mountRatio), '≤ 1', verdict(calendar.time.mountRatio <= 1));
    row('Change month', ms(calendar.time.releaseCalendar.changeMonthMs), `react-big-calendar ${ms(calendar.time.reactBigCalendar.changeMonthMs)}`, String(calendar.time.changeMonthRatio), '≤ 1', verdict(calendar.time.changeMonthRatio <= 1));
  }
  if (parse) {
    const { realText, fixtureText, growth, worstGrowthPerDoubling } = parse;
    const isReal = realText !== fixtureText && realText.source !== fixtureText?.source;
    const what = isReal ? `real roadmap text: ${realText.documents} real roadmaps from public repositories, repeated` : "roadmap text: the repo's fixture roadmaps (no folder of real ones at hand)";
    row(`\`parseRoadmap\` on 1 MB of ${what}, ${realText.headingsPerMegabyte.toLocaleString('en-US')} headings/MB (CPU time)`, `${ms(realText.bestMs)} (${realText.mbPerSecond} MB/s)`, '—', '—', '< 500 ms', verdict(realText.bestMs < 500));
    if (isReal && fixtureText) {
      row(`\`parseRoadmap\` on 1 MB of the repo's fixture roadmaps, repeated: ${fixtureText.headingsPerMegabyte.toLocaleString('en-US')} headings/MB (CPU time)`, `${ms(fixtureText.bestMs)} (${fixtureText.mbPerSecond} MB/s)`, '—', '—', '—', '—');
    }
    row(`\`parseRoadmap\` growth per doubling of the input, worst of ${growth.length} families (hostile inputs included)`, String(worstGrowthPerDoubling), '—', '—', '< 2.5 (linear ≈ 2, quadratic ≈ 4)', verdict(worstGrowthPerDoubling < 2.5));
  }
  if (headless) {
    row('`roadmap-kit/headless`, everything, gzipped', kib(headless.headlessEntryGzipBytes), '—', '—', '—', '—');
    row('`validateRoadmap` on 50,000 phases (median)', ms(headless.validate50000PhasesMs.median), '—', '—', '< 1,000 ms', verdict(headless.validate50000PhasesMs.median < 1000));
  }
  return ['| measure | roadmap-kit | peer, same run | ratio | target | |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const all = JSON.parse(readFileSync(new URL('../bench/results/all.json', import.meta.url), 'utf8'));
  const table = `${benchTable(all)}\n\nMeasured ${all.date.slice(0, 10)} on ${all.machine.cores} cores, Node ${all.machine.node}, Chromium headless; main-thread time is CDP TaskDuration until the page is quiet.`;
  if (process.argv.includes('--write')) {
    const readmeUrl = new URL('../README.md', import.meta.url);
    const readme = readFileSync(readmeUrl, 'utf8');
    const start = readme.indexOf('<!-- bench-table:start');
    const end = readme.indexOf('<!-- bench-table:end -->');
    if (start < 0 || end < 0) throw new Error('README.md has no bench-table markers');
    const open = readme.indexOf('-->', start) + 3;
    writeFileSync(readmeUrl, `${readme.slice(0, open)}\n${table}\n${readme.slice(end)}`);
  } else {
    console.log(table);
  }
}
