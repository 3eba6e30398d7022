import type { Item, Phase, Status } from './types.js';

/** What a reader narrowed the roadmap to; an empty filter shows everything. */
export interface RoadmapFilter {
  /** Only items (and phases) with one of these statuses. */
  statuses?: Status[];
  /** Case-insensitive text found in a phase's title, version or summary, or an item's title, detail or tags. */
  text?: string;
  /** Only items carrying at least one of these tags. */
  tags?: string[];
}

/** Whether a filter narrows anything at all. */
export function isFilterActive(filter: RoadmapFilter): boolean {
  return Boolean(filter.statuses?.length || filter.text?.trim() || filter.tags?.length);
}

function includesText(values: (string | undefined)[], needle: string): boolean {
  return values.some((value) => value?.toLocaleLowerCase().includes(needle));
}

function itemMatches(item: Item, filter: RoadmapFilter, needle: string, phaseMatchesText: boolean): boolean {
  if (filter.statuses?.length && !filter.statuses.includes(item.status)) return false;
  if (filter.tags?.length && !item.tags?.some((tag) => filter.tags!.includes(tag))) return false;
  if (needle && !phaseMatchesText && !includesText([item.title, item.detail, ...(item.tags ?? [])], needle)) return false;
  return true;
}

/**
 * The phase narrowed to the items that match, or `undefined` when neither it nor any item does.
 * A phase whose own text matches keeps all its items that pass the status and tag filters.
 */
export function filterPhase(phase: Phase, filter: RoadmapFilter): Phase | undefined {
  if (!isFilterActive(filter)) return phase;
  const needle = filter.text?.trim().toLocaleLowerCase() ?? '';
  const phaseMatchesText = needle === '' || includesText([phase.title, phase.version, phase.summary], needle);
  const groups = phase.groups
    .map((group) => ({ ...group, items: group.items.filter((item) => itemMatches(item, filter, needle, phaseMatchesText)) }))
    .filter((group) => group.items.length > 0);
  const phaseItself = phaseMatchesText && !filter.tags?.length && (!filter.statuses?.length || filter.statuses.includes(phase.status));
  if (groups.length === 0 && !phaseItself) return undefined;
  return { ...phase, groups };
}
