import type { Locale } from 'date-fns';
import type { CSSProperties } from 'react';
import type { RoadmapLabels } from '../../i18n/labels.js';
import type { SlotClassNames, SlotMap } from '../../theme/slots.js';
import type { RoadmapTheme } from '../../theme/tokens.js';

/** Props every roadmap-kit component takes (DESIGN.md, Components). */
export interface CommonProps<Slots extends SlotMap> {
  /** Theme tokens for this component, layered over a `RoadmapThemeProvider`'s. */
  theme?: RoadmapTheme;
  /** Extra class on the root element, added to `rk-…`. */
  className?: string;
  /** Extra classes per named slot, added to the defaults. */
  classNames?: SlotClassNames<Slots>;
  /** Drops the `rk-*` classes (keeping `data-slot`, data attributes and ARIA) to style from scratch. */
  unstyled?: boolean;
  /** Inline style on the root, merged with the theme variables. */
  style?: CSSProperties;
  /** Today, as an ISO date (best: server-renders identically) or a `Date`. @defaultValue the current date */
  now?: string | Date;
  /** date-fns locale for dates and numbers. @defaultValue enUS */
  locale?: Locale;
  /** Overrides for any user-facing string. */
  labels?: Partial<RoadmapLabels>;
}
