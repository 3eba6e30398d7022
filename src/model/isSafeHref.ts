const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a link may reach the page: http(s), mailto, or a relative URL (`./docs`, `/blog`, `#faq`,
 * `?tab=2`). Anything with another scheme — `javascript:`, `data:`, `vbscript:` — is refused.
 */
export function isSafeHref(href: string): boolean {
  // Browsers ignore ASCII control characters and whitespace inside a scheme (`java\tscript:`), so
  // strip them before looking for one; an obfuscated scheme must not pass as a relative URL.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
  const compact = href.replace(/[\u0000-\u0020\u007f]/g, '');
  if (compact === '') return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact);
  // No scheme: a relative or protocol-relative URL, which inherits the page's own http(s).
  if (!scheme) return true;
  return ALLOWED_SCHEMES.has(`${scheme[1]!.toLowerCase()}:`);
}
