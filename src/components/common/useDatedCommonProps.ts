'use client';
import type { Locale } from 'date-fns';
import { useMemo } from 'react';
import { dateLabels } from '../../i18n/dateLabels.js';
import { enUSDateLocale } from '../../i18n/enUSDateLocale.js';
import type { RoadmapLabels } from '../../i18n/labels.js';
import type { SlotMap } from '../../theme/slots.js';
import type { CommonProps } from './commonProps.js';
import type { CommonPropsResult } from './useCommonProps.js';
import { useCommonProps } from './useCommonProps.js';

/** `useCommonProps` for a component that formats dates: every label, and a locale defaulting to en-US. */
export interface DatedCommonPropsResult<Slots extends SlotMap> extends Omit<CommonPropsResult<Slots>, 'locale' | 'labels'> {
  /** The `locale` prop, else the provider's, else the built-in en-US (`enUSDateLocale`). */
  locale: Locale;
  /** Every label (date labels included) with the host's overrides on top. */
  labels: RoadmapLabels;
}

/**
 * `useCommonProps` plus the date side: the default date labels (under the host's overrides,
 * which `useCommonProps` already merged) and en-US when no locale is given. Only components that
 * format dates call it, so only they bundle the date formatter and the en-US locale.
 */
export function useDatedCommonProps<Slots extends SlotMap & { root: string }>(
  props: CommonProps<Slots>,
  slots: Slots,
): DatedCommonPropsResult<Slots> {
  const common = useCommonProps(props, slots);
  const labels = useMemo<RoadmapLabels>(() => ({ ...dateLabels, ...common.labels }), [common.labels]);
  return { ...common, locale: common.locale ?? enUSDateLocale, labels };
}
