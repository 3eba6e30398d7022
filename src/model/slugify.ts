const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * A URL- and id-safe slug: lower case, ASCII letters and digits joined by `-`. Accents are folded
 * (`Sécurité` → `securite`); text with no letters at all gives `fallback`.
 * @example slugify('v1.3.0 - Observability & Integrations') // 'v1-3-0-observability-integrations'
 */
export function slugify(text: string, fallback = 'item'): string {
  // Unicode normalisation is the costly step; plain ASCII titles (the common case) skip it.
  const folded = PLAIN_ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
  const slug = folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
  return slug || fallback;
}
