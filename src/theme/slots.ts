import type { KebabCase } from './kebabCase.js';
import { kebabCase } from './kebabCase.js';

/** A component's slot map: slot name → its stable `rk-…` class. */
export type SlotMap = Readonly<Record<string, string>>;

/** Extra classes per slot, added to (never replacing) the defaults. */
export type SlotClassNames<Slots extends SlotMap> = Partial<Record<keyof Slots & string, string>>;

/** Props a slot puts on its element. */
export interface SlotProps {
  className: string | undefined;
  'data-slot': string;
}

/** Joins class names, skipping empty ones. */
export function joinClassNames(...names: (string | false | null | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

/**
 * Builds the `slot(name)` helper: the default `rk-…` class (unless `unstyled`), then the host's
 * `classNames[name]`, and a `data-slot` that survives `unstyled` so hosts can still target parts.
 */
export function createSlotGetter<Slots extends SlotMap>(
  slots: Slots,
  classNames: SlotClassNames<Slots> | undefined,
  unstyled: boolean,
): (name: keyof Slots & string) => SlotProps {
  return (name) => ({
    className: joinClassNames(unstyled ? undefined : slots[name], classNames?.[name]),
    'data-slot': name,
  });
}

/** A component's slot map: `root` is `rk-<block>`, every other slot `rk-<block>__<slot-in-kebab-case>`. */
export type BlockSlots<Block extends string, Name extends string> = { readonly root: `rk-${Block}` } & {
  readonly [Slot in Name]: `rk-${Block}__${KebabCase<Slot>}`;
};

/**
 * Builds a component's slot map from its block name and slot names, BEM-style — one rule instead
 * of a hand-written class per slot: `defineSlots('timeline', ['zoomButton'])` →
 * `{ root: 'rk-timeline', zoomButton: 'rk-timeline__zoom-button' }`.
 */
export function defineSlots<Block extends string, const Name extends string>(block: Block, names: readonly Name[]): BlockSlots<Block, Name> {
  const slots: Record<string, string> = { root: `rk-${block}` };
  for (const name of names) slots[name] = `rk-${block}__${kebabCase(name)}`;
  return slots as BlockSlots<Block, Name>;
}
