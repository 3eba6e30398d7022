// Every component's docs page lists its props: runs the react-docgen plugin Storybook's own preset
// builds (@storybook/react-vite, `typescript.reactDocgen: 'react-docgen'` in .storybook/main.ts) on
// each component's source, which yields the `__docgenInfo` its props table is drawn from. A component
// fails when a common prop is missing (they come from another file, which react-docgen only follows
// through a plain `extends` of an imported interface), when a prop has no TSDoc description, or when
// a prop the component's interface declares is not in the table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { viteFinal } from '@storybook/react-vite/preset';
import { expect, test } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));
const COMMON = ['theme', 'className', 'classNames', 'unstyled', 'style', 'now', 'locale', 'labels'];
/** Props each component declares beyond the common ones (DESIGN.md), at least. */
const DECLARED = {
  StatusBadge: ['status'],
  PhaseCard: ['phase', 'headingLevel', 'open', 'defaultOpen', 'onOpenChange', 'show', 'renderItem'],
  MetricGauge: ['metric', 'current', 'variant'],
  Timeline: ['roadmap', 'orientation', 'zoom', 'defaultZoom', 'onZoomChange', 'onSelectPhase', 'renderPhase'],
  ReleaseCalendar: ['roadmap', 'month', 'defaultMonth', 'onMonthChange', 'view', 'defaultView', 'onViewChange', 'weekStartsOn', 'showProjected', 'projectionHorizon', 'dir', 'onSelectRelease'],
  RoadmapView: ['roadmap', 'layout', 'defaultLayout', 'onLayoutChange', 'filter', 'defaultFilter', 'onFilterChange', 'parts', 'headingLevel'],
};

/** Storybook's react-docgen Vite plugin, exactly as its preset configures it for this project. */
async function storybookDocgenPlugin() {
  const presets = { apply: async () => ({ reactDocgen: 'react-docgen' }) };
  const { plugins } = await viteFinal({ plugins: [] }, { presets });
  return plugins.find((plugin) => plugin.name === 'storybook:react-docgen-plugin');
}

/** The `__docgenInfo` the plugin appends to `file` for its export `name` (`Name.__docgenInfo={…}`). */
async function docgenInfo(plugin, file, name) {
  const source = readFileSync(file, 'utf8');
  const appended = (await plugin.transform(source, file))?.code.slice(source.length) ?? '';
  const parts = appended.split(/;(\w+)\.__docgenInfo=/).slice(1);
  for (let index = 0; index < parts.length; index += 2) if (parts[index] === name) return JSON.parse(parts[index + 1]);
  throw new Error(`react-docgen found no component ${name} in ${file}`);
}

const plugin = storybookDocgenPlugin();

for (const [component, declared] of Object.entries(DECLARED)) {
  test(`docs page Components/${component}: every prop in the table, each described`, async () => {
    const { props = {} } = await docgenInfo(await plugin, join(root, `src/components/${component}/${component}.tsx`), component);
    const names = Object.keys(props);
    expect([...COMMON, ...declared].filter((name) => !names.includes(name)), 'props missing from the table').toEqual([]);
    expect(names.filter((name) => !props[name].description?.trim()), 'props without a description').toEqual([]);
  });
}
