/** `accentContrast` → `accent-contrast`: the rule that names roadmap-kit's classes and variables. */
export type KebabCase<Name extends string> = Name extends `${infer First}${infer Rest}`
  ? `${First extends Lowercase<First> ? First : `-${Lowercase<First>}`}${KebabCase<Rest>}`
  : Name;

/** `accentContrast` → `accent-contrast`: the rule that names roadmap-kit's classes and variables. */
export function kebabCase<Name extends string>(name: Name): KebabCase<Name> {
  return name.replace(/[A-Z]/g, (capital) => `-${capital.toLowerCase()}`) as KebabCase<Name>;
}
