/**
 * `accentContrast` → `accent-contrast`, `ReleaseCalendar` → `release-calendar`, as a type.
 * `Leading` is internal: the first letter is lowered without a dash, every later capital gets one.
 */
export type KebabCase<Name extends string, Leading extends boolean = true> = Name extends `${infer First}${infer Rest}`
  ? `${Leading extends true ? Lowercase<First> : First extends Lowercase<First> ? First : `-${Lowercase<First>}`}${KebabCase<Rest, false>}`
  : Name;

/**
 * `accentContrast` → `accent-contrast`, `ReleaseCalendar` → `release-calendar`: the one rule that
 * names roadmap-kit's classes, theme variables and per-component stylesheets.
 */
export function kebabCase<Name extends string>(name: Name): KebabCase<Name> {
  return name.replace(/[A-Z]/g, (capital, at: number) => `${at === 0 ? '' : '-'}${capital.toLowerCase()}`) as KebabCase<Name>;
}
