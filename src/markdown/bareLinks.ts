import { LinkifyIt } from 'linkify-it';

/**
 * Bare URLs as links, by linkify-it 6 (markdown-it 14 ships 5; 6 is what markdown-it 15 used, so
 * links read as they were). markdown-it 14 asks `pretest` before `test`: 15 asked `test` on the
 * whole paragraph there, and so does this.
 */
class BareLinks extends LinkifyIt {
  #names?: RegExp;
  #candidate?: RegExp;

  /**
   * Whether `text` may hold a link: linkify-it finds one only at one of its schema names (`http:`,
   * `//`, `mailto:`, `www.` …, in any case) or, for an e-mail address, at an `@`. Most text holds
   * neither, and one scan for them is far cheaper than linkify-it's search (its boundary class
   * alone spans hundreds of Unicode ranges).
   */
  mayHoldLink(text: string): boolean {
    const names = this.re.get_schema_names();
    if (this.#names !== names) {
      this.#names = names;
      this.#candidate = new RegExp(this.candidatePattern(), 'i');
    }
    return this.#candidate!.test(text);
  }

  /** The source of `mayHoldLink`'s case-insensitive pattern. */
  candidatePattern(): string {
    return `${this.re.get_schema_names().source}|@`;
  }

  override test(text: string): boolean {
    return this.mayHoldLink(text) && super.test(text);
  }

  pretest(text: string): boolean {
    return this.test(text);
  }
}

export type { BareLinks };

/** GFM also reads `www.example.com` as a link; linkify-it reads only `http(s)://` without fuzzy links. */
export function createBareLinks(): BareLinks {
  const linkify = new BareLinks();
  let pattern: RegExp | undefined;
  linkify.add('www.', {
    validate(text, pos, self) {
      // The rest of a `www.` host, as linkify-it's own `http://` validator reads what follows `//`.
      pattern ??= new RegExp(`${self.re.get_url_host_port().source}${self.re.get_path().source}`, 'iy');
      pattern.lastIndex = pos;
      const match = pattern.exec(text);
      return match ? match[0].length : 0;
    },
    normalize(match) {
      match.url = `http://${match.url}`;
    },
  });
  return linkify;
}
