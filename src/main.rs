//! Entry point of the web app: mounts the Leptos app on the page and nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(pruvodce::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The web app is built for wasm32 with Trunk: run `make serve`. The native CLI is `katalog`.");
}
