//! The `katalog` command-line tool: see `pruvodce::cli`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    pruvodce::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
