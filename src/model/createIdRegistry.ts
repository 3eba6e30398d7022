/** Hands out ids that are unique within one registry: `setup`, then `setup-2`, `setup-3`… */
export interface IdRegistry {
  /** Returns `wanted` if it is free, else the first free `wanted-N`, and reserves it. */
  claim(wanted: string): string;
}

/** A fresh registry; one per kind of thing (phases, items, metrics) in a roadmap. */
export function createIdRegistry(): IdRegistry {
  const taken = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return {
    claim(wanted) {
      // One hash lookup for a free id (nearly every one): adding it grows the set only if it was free.
      const size = taken.size;
      taken.add(wanted);
      if (taken.size > size) return wanted;
      let suffix = nextSuffix.get(wanted) ?? 2;
      while (taken.has(`${wanted}-${suffix}`)) suffix += 1;
      nextSuffix.set(wanted, suffix + 1);
      const id = `${wanted}-${suffix}`;
      taken.add(id);
      return id;
    },
  };
}
