#!/usr/bin/env bash
# Installs what building and testing Průvodce needs, skipping whatever is already present at the right
# version. Safe to run again. Only package registries are used (Debian, crates.io, npm): no step downloads
# a binary from anywhere else. See README "What the setup installs".
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf 'setup: %s\n' "$*"; }

# 1. Debian packages: Chromium + ChromeDriver for browser tests, nginx (+ brotli modules) as the static host.
apt_pkgs=(chromium chromium-driver nginx-light libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  # A half-finished earlier install can leave dpkg broken; -f repairs it (toolchain.md).
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || { DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -f -y -qq &&
         DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"; }
else
  say "Debian packages present"
fi

# 2. The wasm32 target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 3. Trunk, pinned: 0.22 needs a newer rustc than this machine's.
if [ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]; then
  say "installing trunk 0.21.14 (about 7 minutes)"
  cargo install trunk --version 0.21.14 --locked
fi

# 4. wasm-bindgen-cli equal to the wasm-bindgen crate in Cargo.lock. Not --locked: the registry mirror
#    lacks one of its locked dependencies.
wbg=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ -z "$wbg" ]; then say "cannot read the wasm-bindgen version from Cargo.lock"; exit 1; fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
  say "installing wasm-bindgen-cli $wbg (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$wbg" --force
fi

# 5. npm dev tools from package-lock.json: binaryen@132 (wasm-opt), Playwright (driving Debian's Chromium:
#    never download a browser), axe-core, Lighthouse, MiniSearch (benchmark only).
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.setup-stamp 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm dev tools (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.setup-stamp
else
  say "npm dev tools present"
fi
if [ "$(node_modules/.bin/wasm-opt --version 2>/dev/null | awk '{print $3}')" != "132" ]; then
  say "node_modules/.bin/wasm-opt is not binaryen 132"; exit 1
fi
say "ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null | head -1)"
