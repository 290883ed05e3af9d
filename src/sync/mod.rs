//! Placeholder: the sync layer (wasm only).
