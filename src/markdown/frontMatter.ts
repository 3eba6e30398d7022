import { isIsoDate } from '../model/isIsoDate.js';

/** The parts of YAML front matter the roadmap uses. */
export interface FrontMatter {
  title?: string;
  summary?: string;
  updated?: string;
  /** Lines (0-based within the front matter) whose `updated` value was not a date. */
  badUpdated?: string;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(['"])(.*)\1$/.exec(trimmed);
  return (quoted ? quoted[2]! : trimmed.replace(/(?<!\s)\s+#.*$/, '')).trim();
}

/**
 * Reads `title`, `summary` (or `description`) and `updated` (or `last_updated`, `lastUpdated`,
 * `date`) from YAML front matter. Only top-level `key: value` lines are read: the roadmap needs
 * nothing nested, and no YAML library is pulled in for it.
 */
export function readFrontMatter(yaml: string): FrontMatter {
  const result: FrontMatter = {};
  for (const line of yaml.split('\n')) {
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) continue;
    const key = pair[1]!.toLowerCase().replace(/[-_]/g, '');
    const value = unquote(pair[2]!);
    if (value === '') continue;
    if (key === 'title' && result.title === undefined) result.title = value;
    else if ((key === 'summary' || key === 'description') && result.summary === undefined) result.summary = value;
    else if ((key === 'updated' || key === 'lastupdated' || key === 'date' || key === 'lastmodified') && result.updated === undefined) {
      const day = value.slice(0, 10);
      if (isIsoDate(day)) result.updated = day;
      else result.badUpdated = value;
    }
  }
  return result;
}
