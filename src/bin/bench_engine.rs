//! The search engine exported to JavaScript, for `make bench`'s side-by-side run against MiniSearch in one
//! headless Chromium page. Built with `cargo build --target wasm32-unknown-unknown --release --bin
//! bench_engine` and `wasm-bindgen --target web`; never shipped with the app.

#[cfg(target_arch = "wasm32")]
mod engine {
    use pruvodce::domain::index::Index;
    use pruvodce::domain::rank::Query;
    use pruvodce::domain::snapshot::Snapshot;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub struct BenchEngine {
        snapshot: Snapshot,
        index: Option<Index>,
    }

    #[wasm_bindgen]
    impl BenchEngine {
        /// Parses the snapshot (timed separately from the index build).
        #[wasm_bindgen(constructor)]
        pub fn new(json: &str) -> Result<BenchEngine, JsValue> {
            let snapshot: Snapshot =
                serde_json::from_str(json).map_err(|e| JsValue::from_str(&e.to_string()))?;
            Ok(BenchEngine { snapshot, index: None })
        }

        /// Builds the index.
        pub fn build(&mut self) {
            self.index = Some(Index::build(&self.snapshot));
        }

        /// Runs one query; returns the number of hits.
        pub fn search(&self, text: &str) -> usize {
            self.hits(text, 10).len()
        }

        /// The law sections (or categories) of the first `n` hits, comma-separated, for the quality comparison.
        pub fn top_sections(&self, text: &str, n: usize) -> String {
            self.hits(text, n).join(",")
        }

        /// The name of a legal type or category, so MiniSearch indexes the same words for the type.
        pub fn type_name(&self, section: &str) -> String {
            pruvodce::domain::law::law_type(section)
                .map(|t| t.name)
                .or_else(|| pruvodce::domain::law::category(section).map(|c| c.name))
                .unwrap_or_default()
                .to_string()
        }

        /// Approximate heap size of the index, in bytes.
        pub fn index_bytes(&self) -> usize {
            self.index.as_ref().map(Index::memory_bytes).unwrap_or(0)
        }

        fn hits(&self, text: &str, limit: usize) -> Vec<String> {
            let Some(index) = &self.index else { return Vec::new() };
            let q = Query { text: text.to_string(), limit, ..Default::default() };
            index
                .search(&self.snapshot, &q)
                .hits
                .iter()
                .map(|h| {
                    let s = &self.snapshot.services[h.service];
                    s.law_section.clone().or_else(|| s.category.clone()).unwrap_or_default()
                })
                .collect()
        }
    }
}

fn main() {}
