//! A catalogue body's SHA-256 from the browser's own implementation (`crypto.subtle.digest`, issue 16),
//! computed in a dedicated worker (`public/digest-worker.js`) while the page reads the same body.
//! Hashing a region's 13 MB in the wasm took 600–700 ms of a phone's main thread at 4× CPU, even in
//! slices; the browser's native SHA-256 is about six times faster, but Chromium computes it on the
//! calling thread, so on the page it was still one task of about 100 ms. In the worker it costs the page
//! nothing and overlaps the reading. The worker is handed the body as a `Blob`, the form the store keeps
//! (`store::catalogue`), which crosses to it without a copy.
//! Where the worker cannot run (not loaded, refused), the page hashes the bytes itself, as before. The
//! comparison with the manifest stays the domain's (`manifest::check_digest`).

use js_sys::{ArrayBuffer, Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, MessageEvent};

/// The worker's script, copied by Trunk from `public/` and precached with the shell.
const WORKER: &str = "/digest-worker.js";
/// How long a worker may take: several times what a region's 13 MB take on a slow phone.
const GIVE_UP_MS: i32 = 10_000;

/// A hash started in the worker; `finish` gives its result.
pub struct Pending(Option<JsFuture>);

/// Starts hashing `body` in a worker of its own, which reads the blob off this thread, answers with the
/// digest (or `null` without `crypto.subtle`) and closes.
pub fn start(body: Option<&Blob>) -> Pending {
    Pending(body.and_then(|b| in_worker(b).ok()))
}

fn in_worker(body: &Blob) -> Result<JsFuture, JsValue> {
    let worker = web_sys::Worker::new(WORKER)?;
    // The worker's answer, its failure (a script that did not load) or, should it never answer, a timer
    // settle the promise; the page then hashes the body itself.
    let answer = Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&reject, GIVE_UP_MS);
        }
    });
    worker.post_message(body)?;
    Ok(JsFuture::from(answer))
}

impl Pending {
    /// The SHA-256 of `bytes` (the body the worker was given): the worker's answer, or where it gave
    /// none, this thread's. `None` where the browser offers no digest: `crypto.subtle` exists only in a
    /// secure context (https, or this machine), so a site served over plain http gets `None`, and the
    /// caller then validates the body in full instead.
    pub async fn finish(self, bytes: &[u8]) -> Option<Vec<u8>> {
        if let Some(answer) = self.0 {
            if let Ok(event) = answer.await {
                if let Some(buffer) = event.unchecked_into::<MessageEvent>().data().dyn_ref::<ArrayBuffer>() {
                    return Some(Uint8Array::new(buffer).to_vec());
                }
            }
        }
        here(bytes).await
    }
}

/// The SHA-256 of `bytes` on this thread.
pub async fn here(bytes: &[u8]) -> Option<Vec<u8>> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let digest = crypto.subtle().digest_with_str_and_u8_array("SHA-256", bytes).ok()?;
    let buffer = JsFuture::from(digest).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}
