//! Placeholder: the ui layer (wasm only).
