//! A catalogue body's SHA-256 from the browser's own implementation (`crypto.subtle.digest`, issue 16).
//! Hashing a region's 13 MB in the wasm took 600–700 ms of a phone's main thread at 4× CPU, even in
//! slices. The browser's native SHA-256 is about six times faster, but Chromium computes it on the calling
//! thread: still one task of about 100 ms at 4× CPU for those 13 MB (a profile of the offline repeat
//! visit). The wasm no longer carries SHA-256; the comparison with the manifest stays the domain's
//! (`manifest::check_digest`).

use wasm_bindgen_futures::JsFuture;

/// The SHA-256 of `bytes`, or `None` where the browser offers no digest: `crypto.subtle` exists only in a
/// secure context (https, or this machine), so a site served over plain http gets `None`, and the caller
/// then validates the body in full instead.
pub async fn sha256(bytes: &[u8]) -> Option<Vec<u8>> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let digest = crypto.subtle().digest_with_str_and_u8_array("SHA-256", bytes).ok()?;
    let buffer = JsFuture::from(digest).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
