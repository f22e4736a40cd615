// dis text as the corpus digests record it: code object addresses masked, frozenset items in sorted order.
//
// CPython prints a frozenset constant in its in-memory hash order, which changes with the hash seed from one
// process to the next, while marshal writes the items sorted; code loaded from marshal bytes cannot know the
// order one particular process saw. Everything else in the text is compared as it is.
export function comparableDis(text: string): string {
  return text
    .replace(/0x[0-9a-f]+/g, "0x....")
    .replace(
      /frozenset\(\{([^}]*)\}\)/g,
      (_, items: string) => `frozenset({${items.split(", ").sort().join(", ")}})`,
    );
}
