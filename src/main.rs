//! Entry point of the web app: loads the language pack a visit needs (Ukrainian or English; Czech is built
//! in), then mounts the Leptos app on the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    wasm_bindgen_futures::spawn_local(async {
        pruvodce::ui::lang::prepare().await;
        leptos::mount::mount_to_body(pruvodce::ui::App);
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The web app is built for wasm32 with Trunk: run `make serve`. The native CLI is `katalog`.");
}
