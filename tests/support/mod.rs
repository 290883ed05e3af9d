//! Helpers shared by the tests of the `katalog` CLI: the demo catalogues, running the binary, its
//! output as one text, and a fresh temporary directory per test.
// Each test crate includes this module and uses only some of it.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

pub const BENESOV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/benesov.json");
pub const BLANSKO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/blansko.json");

pub fn katalog(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_katalog")).args(args).output().unwrap()
}

/// Stdout and stderr together, for assertions and failure messages.
pub fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// A fresh directory per test (`suite` keeps the test crates apart).
pub fn dir(suite: &str, name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("katalog-{suite}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}
