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
