//! The domain: everything the app knows about catalogues and searching them, as plain Rust.
//! Nothing under this module may import leptos or web_sys (CI greps for it).

pub mod date;
pub mod href;
pub mod law;
pub mod manifest;
pub mod snapshot;
pub mod validate;
