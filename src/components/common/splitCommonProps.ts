import type { SlotMap } from '../../theme/slots.js';
import type { CommonProps } from './commonProps.js';

type CommonKey = keyof CommonProps<SlotMap>;

// Every common prop, once; the Record type fails the build if CommonProps gains a key not listed here.
const COMMON_KEYS: Record<CommonKey, true> = {
  theme: true,
  className: true,
  classNames: true,
  unstyled: true,
  style: true,
  now: true,
  locale: true,
  labels: true,
};

/**
 * Splits a component's props into the common ones (for `useCommonProps`) and the rest (for its root
 * element), so no component lists the common props by hand.
 * @example const [commonProps, rest] = splitCommonProps(props);
 */
export function splitCommonProps<P extends object>(props: P): [Pick<P, Extract<keyof P, CommonKey>>, Omit<P, CommonKey>] {
  const common: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key in COMMON_KEYS) common[key] = value;
    else rest[key] = value;
  }
  return [common as Pick<P, Extract<keyof P, CommonKey>>, rest as Omit<P, CommonKey>];
}

/**
 * The common props a component hands to `RoadmapIssues` when its input is invalid: everything but
 * `classNames`, whose slots belong to the component, not to the issue list.
 */
export function issuesPropsFrom<C extends Partial<CommonProps<SlotMap>>>({ classNames: _slots, ...common }: C): Omit<C, 'classNames'> {
  return common;
}
