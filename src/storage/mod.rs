//! Placeholder: the storage layer (wasm only).
