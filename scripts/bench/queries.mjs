// Shared by the browser benchmark: the 200 queries, the documents MiniSearch indexes, and its options.
// MiniSearch is configured fairly: prefix and fuzzy matching, diacritics folded, field boosts like ours.

/** Deterministic query list: the dev queries, then words and prefixes and typos drawn from the catalogue. */
export function makeQueries(snapshot, devQueries, n) {
  let seed = 42;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const words = [...new Set(snapshot.services.flatMap((s) => `${s.name} ${(s.keywords || []).join(' ')}`.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 4))];
  const out = [...devQueries];
  while (out.length < n) {
    const w = words[Math.floor(rnd() * words.length)];
    const kind = out.length % 4;
    if (kind === 0) out.push(w);
    else if (kind === 1) out.push(w.slice(0, Math.max(3, Math.floor(w.length / 2)))); // as-you-type prefix
    else if (kind === 2) out.push(w.normalize('NFD').replace(/\p{M}/gu, '')); // no diacritics
    else { const i = 1 + Math.floor(rnd() * (w.length - 2)); out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) + ' ' + words[Math.floor(rnd() * words.length)]); } // typo + second word
  }
  return out.slice(0, n);
}

/** The documents: one per service, with the same fields our index uses (the legal type by its name). */
export function docsFor(snapshot, typeName) {
  const providers = new Map(snapshot.providers.map((p) => [p.id, p.name]));
  return snapshot.services.map((s) => ({
    id: s.id,
    section: s.law_section || s.category || '',
    name: s.name,
    type: typeName(s.law_section || s.category || ''),
    keywords: (s.keywords || []).join(' '),
    description: s.description,
    provider: providers.get(s.provider) || '',
  }));
}

export const MINISEARCH_OPTIONS_SRC = `{
  fields: ['name', 'type', 'keywords', 'description', 'provider'],
  storeFields: ['section'],
  processTerm: (t) => t.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(),
  searchOptions: {
    prefix: true,
    fuzzy: 0.2,
    combineWith: 'OR',
    boost: { name: 3, type: 2, keywords: 2, description: 1, provider: 0.5 },
  },
}`;
