'use client';
import type { Locale } from 'date-fns';
import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import type { BaseLabels } from '../../i18n/baseLabels.js';
import { baseLabels } from '../../i18n/baseLabels.js';
import { useRoadmapDefaults } from '../../theme/RoadmapThemeProvider.js';
import type { SlotMap, SlotProps } from '../../theme/slots.js';
import { createSlotGetter, joinClassNames } from '../../theme/slots.js';
import { themeToStyle } from '../../theme/themeToStyle.js';
import type { ColorScheme } from '../../theme/tokens.js';
import type { CommonProps } from './commonProps.js';

/** What a component needs from its common props, resolved once. */
export interface CommonPropsResult<Slots extends SlotMap> {
  /** `slot('fill')` → `{ className, 'data-slot' }`. */
  slot: (name: keyof Slots & string) => SlotProps;
  /** Spread on the root: classes, theme variables, colour scheme, `data-slot="root"`. */
  rootProps: { className: string | undefined; style: CSSProperties; 'data-slot': string; 'data-color-scheme'?: ColorScheme };
  /**
   * The `locale` prop, else the provider's; `undefined` means en-US, resolved where a date or
   * number is formatted (so a component that formats no date bundles no date-fns locale).
   */
  locale: Locale | undefined;
  /** The date-free labels with the host's overrides; `useDatedCommonProps` adds the date labels. */
  labels: BaseLabels;
  /** `now` from the prop, else the provider; `undefined` means "today", resolved at the edge. */
  now: string | Date | undefined;
}

/**
 * The one place that handles `theme`, `className`, `classNames`, `unstyled`, `style`, `locale`,
 * `now`, `labels` and provider defaults, so no component repeats it.
 */
export function useCommonProps<Slots extends SlotMap & { root: string }>(
  props: CommonProps<Slots>,
  slots: Slots,
): CommonPropsResult<Slots> {
  const defaults = useRoadmapDefaults();
  const { theme, className, classNames, unstyled = false, style, now, locale, labels } = props;
  const mergedLabels = useMemo<BaseLabels>(() => ({ ...baseLabels, ...defaults.labels, ...labels }), [defaults.labels, labels]);
  const slot = createSlotGetter(slots, classNames, unstyled);
  const themeAttributes = themeToStyle(theme);
  const root = slot('root');
  const rootProps: CommonPropsResult<Slots>['rootProps'] = {
    className: joinClassNames(unstyled ? undefined : 'rk-root', root.className, className),
    style: { ...themeAttributes.style, ...style },
    'data-slot': 'root',
  };
  if (themeAttributes['data-color-scheme']) rootProps['data-color-scheme'] = themeAttributes['data-color-scheme'];
  return { slot, rootProps, locale: locale ?? defaults.locale, labels: mergedLabels, now: now ?? defaults.now };
}
