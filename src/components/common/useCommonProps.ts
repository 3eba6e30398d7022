'use client';
import type { Locale } from 'date-fns';
import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import type { RoadmapLabels } from '../../i18n/labels.js';
import { useRoadmapDefaults } from '../../theme/RoadmapThemeProvider.js';
import type { SlotMap, SlotProps } from '../../theme/slots.js';
import { createSlotGetter, joinClassNames } from '../../theme/slots.js';
import { themeToStyle } from '../../theme/themeToStyle.js';
import type { ColorScheme } from '../../theme/tokens.js';
import type { CommonProps } from './commonProps.js';

/** What a component needs from its common props, resolved once. */
export interface CommonPropsResult<Slots extends SlotMap, Labels extends Partial<RoadmapLabels>> {
  /** `slot('fill')` → `{ className, 'data-slot' }`. */
  slot: (name: keyof Slots & string) => SlotProps;
  /** Spread on the root: classes, theme variables, colour scheme, `data-slot="root"`. */
  rootProps: { className: string | undefined; style: CSSProperties; 'data-slot': string; 'data-color-scheme'?: ColorScheme };
  /**
   * The `locale` prop, else the provider's; `undefined` means en-US, resolved where a date or
   * number is formatted (so a component that formats no date bundles no date-fns locale).
   */
  locale: Locale | undefined;
  /**
   * The component's default labels with the host's overrides (provider, then prop) on top. Typed
   * as the defaults, so a component reads only labels it has defaults for; every override is
   * still in the object, for the child components it hands them to.
   */
  labels: Labels;
  /** `now` from the prop, else the provider; `undefined` means "today", resolved at the edge. */
  now: string | Date | undefined;
}

/**
 * The one place that handles `theme`, `className`, `classNames`, `unstyled`, `style`, `locale`,
 * `now`, `labels` and provider defaults, so no component repeats it. `defaultLabels` are the
 * component's own (a module constant, from `src/i18n/labels/`), so it bundles only the strings it shows.
 */
export function useCommonProps<Slots extends SlotMap & { root: string }, Labels extends Partial<RoadmapLabels>>(
  props: CommonProps<Slots>,
  slots: Slots,
  defaultLabels: Labels,
): CommonPropsResult<Slots, Labels> {
  const defaults = useRoadmapDefaults();
  const { theme, className, classNames, unstyled = false, style, now, locale, labels } = props;
  const mergedLabels = useMemo<Labels>(() => ({ ...defaultLabels, ...defaults.labels, ...labels }), [defaultLabels, defaults.labels, labels]);
  const slot = createSlotGetter(slots, classNames, unstyled);
  const themeAttributes = themeToStyle(theme);
  const root = slot('root');
  const rootProps: CommonPropsResult<Slots, Labels>['rootProps'] = {
    className: joinClassNames(unstyled ? undefined : 'rk-root', root.className, className),
    style: { ...themeAttributes.style, ...style },
    'data-slot': 'root',
  };
  if (themeAttributes['data-color-scheme']) rootProps['data-color-scheme'] = themeAttributes['data-color-scheme'];
  return { slot, rootProps, locale: locale ?? defaults.locale, labels: mergedLabels, now: now ?? defaults.now };
}
