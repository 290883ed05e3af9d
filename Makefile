# Průvodce — the two commands for a fresh machine are `make serve` and `make test` (see README).
SHELL := /bin/bash
.DEFAULT_GOAL := help
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CHROMEDRIVER := /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT := 120
CARGO_TARGET_DIR ?= $(CURDIR)/target
export CARGO_TARGET_DIR
PORT ?= 8080
KATALOG := $(CARGO_TARGET_DIR)/release/katalog
# The comment receiver for `make serve` and the e2e tests: the debug build, which `cargo test` builds anyway
# (`make bench` measures the release build).
PRIPOMINKY := $(CARGO_TARGET_DIR)/debug/pripominky

.PHONY: help setup serve dist data test lint test-native test-wasm test-e2e bench clean eval

help:
	@echo "make serve   build the release app and serve it at http://127.0.0.1:$(PORT) (installs what is missing)"
	@echo "make test    every test suite (installs what is missing)"
	@echo "make dist    build the release app into dist/"
	@echo "make bench   benchmarks; results in target/bench/summary.json"

setup:
	@scripts/setup.sh

$(KATALOG): Cargo.toml Cargo.lock $(shell find src -name '*.rs')
	cargo build --release --bin katalog

$(PRIPOMINKY): Cargo.toml Cargo.lock pripominky/Cargo.toml $(shell find src pripominky/src -name '*.rs')
	cargo build -p pripominky

data: $(KATALOG)
	@scripts/publish-data.sh $(KATALOG)

dist: setup data
	scripts/build-booklet.sh
	trunk build --release

serve: dist $(PRIPOMINKY)
	PORT=$(PORT) scripts/serve.sh dist

lint:
	cargo fmt --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	@! grep -rnE 'use (leptos|web_sys)|leptos::|web_sys::' src/domain || { echo "src/domain must not import leptos or web_sys"; exit 1; }

test-native:
	cargo test --workspace
	@# The service worker's logic (receipt rules shared with the Rust domain via tests/fixtures/receipts.json).
	node --test tests/node/

# Only the browser test files: native integration tests need a filesystem and processes.
WASM_TESTS := $(patsubst tests/%.rs,--test %,$(wildcard tests/wasm_*.rs))
# One retry: chromedriver sometimes fails to bind its port on a loaded 2-core machine ("driver failed to
# bind port during startup"); a real test failure fails both runs.
test-wasm:
	cargo test --target wasm32-unknown-unknown $(WASM_TESTS) || cargo test --target wasm32-unknown-unknown $(WASM_TESTS)

test-e2e: dist $(PRIPOMINKY)
	@# Known overrun of the 200 KB goal (see README, Size): the flag fails the run as soon as the goal is
	@# met. The ceiling fails the run when the first load grows past 290 KB (issue 10; see README, Size).
	node scripts/size-report.mjs --budget 200 --known-over --ceiling 290
	npx playwright test

test: setup lint test-native test-wasm test-e2e

# Search quality table (docs/search-quality.md), ours beside MiniSearch; fails on a regression. It also
# runs inside `cargo test` (test-native). EVAL_WRITE=1 rewrites the committed table.
eval:
	cargo test --test eval_quality -- --nocapture

bench: dist
	scripts/bench.sh

clean:
	rm -rf dist build
