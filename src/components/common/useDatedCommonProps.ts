'use client';
import type { Locale } from 'date-fns';
import { type UseTodayResult, useToday } from '../../hooks/internal/useToday.js';
import { enUSDateLocale } from '../../i18n/enUSDateLocale.js';
import type { RoadmapLabels } from '../../i18n/labels.js';
import type { SlotMap } from '../../theme/slots.js';
import type { CommonProps } from './commonProps.js';
import type { CommonPropsResult } from './useCommonProps.js';
import { useCommonProps } from './useCommonProps.js';

/** `useCommonProps` for a component that formats dates: a locale defaulting to en-US. */
export interface DatedCommonPropsResult<Slots extends SlotMap, Labels extends Partial<RoadmapLabels>>
  extends Omit<CommonPropsResult<Slots, Labels>, 'locale' | 'now' | 'rootProps'> {
  /** The `locale` prop, else the provider's, else the built-in en-US (`enUSDateLocale`). */
  locale: Locale;
  /** `now` from the prop, else the provider's, else today, hydration-safe (see `useToday`). */
  now: string | Date;
  rootProps: CommonPropsResult<Slots, Labels>['rootProps'] & UseTodayResult['rootProps'];
}

/**
 * `useCommonProps` plus en-US when no locale is given, and a hydration-safe today when no `now` is.
 * Only components that format dates call it, so only they bundle the en-US locale; the date labels
 * they show are among their `defaultLabels`.
 */
export function useDatedCommonProps<Slots extends SlotMap & { root: string }, Labels extends Partial<RoadmapLabels>>(
  props: CommonProps<Slots>,
  slots: Slots,
  defaultLabels: Labels,
): DatedCommonPropsResult<Slots, Labels> {
  const common = useCommonProps(props, slots, defaultLabels);
  const today = useToday(common.now);
  return { ...common, rootProps: { ...today.rootProps, ...common.rootProps }, locale: common.locale ?? enUSDateLocale, now: today.now };
}
