//! The domain: everything the app knows about catalogues and searching them, as plain Rust.
//! Nothing under this module may import leptos or web_sys (CI greps for it).

pub mod booklet;
pub mod campaign;
pub mod classify;
pub mod comment;
pub mod consistency;
pub mod date;
pub mod diff;
pub mod exit_gesture;
pub mod finder;
pub mod hours;
pub mod href;
pub mod index;
pub mod json;
pub mod json_error;
pub mod law;
pub mod lexicon;
pub mod manifest;
pub mod offices;
pub mod outbox;
pub mod rank;
pub mod reader;
pub mod regions;
pub mod rejection;
pub mod snapshot;
pub mod sort;
pub mod text;
pub mod typeset;
pub mod validate;
