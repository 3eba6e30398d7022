import type { HeadingInfo } from './headings.js';

/** What a section is to the importer (see `classifySection`). */
export type SectionKind =
  | { kind: 'metrics'; info: HeadingInfo }
  | { kind: 'cadence'; info: HeadingInfo }
  | { kind: 'skip'; info: HeadingInfo }
  | { kind: 'phase'; info: HeadingInfo }
  | { kind: 'plain'; info: HeadingInfo };

/** What is known of one section against one `now`: its heading, and its kind in either scope. */
export interface SectionClassification {
  now: string;
  info: HeadingInfo;
  top?: SectionKind;
  phase?: SectionKind;
}
