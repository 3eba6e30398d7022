'use client';
import type { HTMLAttributes } from 'react';
import { forwardRef } from 'react';
import { statusLabels } from '../../i18n/labels/statusLabels.js';
import type { Status } from '../../model/types.js';
import type { CommonProps } from '../common/commonProps.js';
import { useCommonProps } from '../common/useCommonProps.js';
import { splitCommonProps } from '../common/splitCommonProps.js';
import { statusBadgeSlots } from './StatusBadge.slots.js';
import { STATUS_ICONS } from './statusIcons.js';

/** Props of `StatusBadge`. */
export interface StatusBadgeProps
  extends CommonProps<typeof statusBadgeSlots>,
    Omit<HTMLAttributes<HTMLSpanElement>, 'className' | 'style'> {
  /** The status to show, as colour, glyph and text. */
  status: Status;
}

/**
 * A status as a pill: its colour, a glyph and its name, never colour alone.
 * @example <StatusBadge status="in-progress" />
 */
export const StatusBadge = /* @__PURE__ */ forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(
  { status, ...props },
  ref,
) {
  const [commonProps, rest] = splitCommonProps(props);
  const common = useCommonProps(commonProps, statusBadgeSlots, statusLabels);
  const { slot } = common;
  return (
    <span {...rest} {...common.rootProps} ref={ref} data-status={status}>
      <span {...slot('icon')} aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>
      <span {...slot('label')}>{common.labels.status(status)}</span>
    </span>
  );
});
