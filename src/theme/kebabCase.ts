type KebabTail<Name extends string> = Name extends `${infer First}${infer Rest}`
  ? `${First extends Lowercase<First> ? First : `-${Lowercase<First>}`}${KebabTail<Rest>}`
  : Name;

/** `accentContrast` → `accent-contrast`, `ReleaseCalendar` → `release-calendar`, as a type. */
export type KebabCase<Name extends string> = Name extends `${infer First}${infer Rest}` ? `${Lowercase<First>}${KebabTail<Rest>}` : Name;

/**
 * `accentContrast` → `accent-contrast`, `ReleaseCalendar` → `release-calendar`: the one rule that
 * names roadmap-kit's classes, theme variables and per-component stylesheets.
 */
export function kebabCase<Name extends string>(name: Name): KebabCase<Name> {
  return name.replace(/[A-Z]/g, (capital, at: number) => `${at === 0 ? '' : '-'}${capital.toLowerCase()}`) as KebabCase<Name>;
}
