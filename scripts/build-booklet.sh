#!/usr/bin/env bash
# The printed catalogue's lazy wasm module (src/bin/booklet/; `/tisk`, `/sluzby`, settings and `/dokumenty` load it on demand) into
# build/booklet/, which Trunk copies to dist/booklet/; post-build then treats it like the app's wasm (unused
# exports dropped, npm's wasm-opt, glue minified) and precaches and compresses it. Built like the app: the
# wasm-release profile and the wasm-bindgen of Cargo.lock; `--target web`, so the app can import() it.
# `all-langs` compiles Czech, Ukrainian and English in: the module is lazy.
set -euo pipefail
target=${CARGO_TARGET_DIR:-target}
cargo build --profile wasm-release --target wasm32-unknown-unknown --bin booklet --features all-langs,validation-words
rm -rf build/booklet
wasm-bindgen --target web --no-typescript --out-dir build/booklet "$target/wasm32-unknown-unknown/wasm-release/booklet.wasm"
# The library's inline JS (the app's loader of this module) comes along; the module itself imports none.
grep -q snippets/ build/booklet/booklet.js || rm -rf build/booklet/snippets
# Its style sheet too: only the booklet's pages load it (`booklet_view`); `katalog booklet` inlines it.
cp style/print.css build/booklet/print.css
# And its starter, which the app adds as a module script.
cp src/bin/booklet/start.js build/booklet/start.js
