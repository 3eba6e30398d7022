/**
 * A heading level, the same range on every component: the level of the component's own top heading
 * (PhaseCard's title, RoadmapView's title, Timeline's "Unscheduled"); headings inside it sit one
 * level below, down to `<h6>`.
 */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The level one below `level`, stopping at 6 (HTML has no `<h7>`). */
export function subHeadingLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(6, level + 1) as HeadingLevel;
}
