//! Průvodce: an offline-first finder of social services for a Czech district.
//!
//! The crate has one plain-Rust core and thin adapters around it:
//! - `domain`: snapshot model, validation, Czech text analysis, search index, ranking and the finder. It
//!   imports neither leptos nor web_sys, so the CLI, native tests and the browser share it unchanged.
//! - `import` and `cli` (native only): the `katalog` command-line tool and the registry/HSDS importers.
//! - `store`: the on-device catalogue and comment outbox (IndexedDB; its rules are plain Rust).
//! - `sync`, `turns` and `ui` (wasm only): catalogue downloads with integrity checks, taking turns with the
//!   browser in slices of work, and the Leptos app.

// The booklet's document trees: natively (`katalog booklet`) and in the booklet module (`all-langs`), never
// in the app's own wasm.
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
pub mod booklet_doc;
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
pub mod browse_doc;
pub mod domain;
pub mod i18n;
pub mod keys;
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
pub mod print_doc;
pub mod query;
pub mod shell;
pub mod store;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod import;

#[cfg(target_arch = "wasm32")]
pub mod sync;
#[cfg(target_arch = "wasm32")]
pub mod turns;
#[cfg(target_arch = "wasm32")]
pub mod ui;
