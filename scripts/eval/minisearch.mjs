// MiniSearch's side of `make eval`: reads the catalogues' documents and the queries that
// tests/eval_quality.rs wrote, searches each query with MiniSearch configured exactly as the benchmark
// configures it (prefix + fuzzy, diacritics folded, field boosts; scripts/bench/queries.mjs), and prints
// the first 10 service ids per query as JSON. Usage: node scripts/eval/minisearch.mjs INPUT.json
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MINISEARCH_OPTIONS_SRC } from '../bench/queries.mjs';

// The package from the repository's node_modules, or from MINISEARCH_DIR (a package directory).
const root = new URL('../..', import.meta.url).pathname;
const dir = process.env.MINISEARCH_DIR || join(root, 'node_modules/minisearch');
const { default: MiniSearch } = await import(pathToFileURL(join(dir, 'dist/es/index.js')).href);
const options = new Function(`return (${MINISEARCH_OPTIONS_SRC})`)();
const sets = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const out = sets.map(({ docs, queries }) => {
  const mini = new MiniSearch(options);
  mini.addAll(docs);
  return queries.map((q) => mini.search(q).slice(0, 10).map((r) => r.id));
});
process.stdout.write(JSON.stringify(out));
