//! Entry point of the web app: loads the language pack a visit needs (Ukrainian or English; Czech is built
//! in), then mounts the Leptos app (in turns: `ui::mount`).

#[cfg(target_arch = "wasm32")]
fn main() {
    wasm_bindgen_futures::spawn_local(async {
        pruvodce::ui::lang::prepare().await;
        pruvodce::ui::mount::mount();
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The web app is built for wasm32 with Trunk: run `make serve`. The native CLI is `katalog`.");
}
