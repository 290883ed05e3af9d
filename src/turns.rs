//! Taking turns with the browser: a timer, a turn (`pause`) and the clock and length of a slice of work.
//! The catalogue's load, the download's reading and the lexicons' analysis run in slices of `SLICE_MS`
//! with a `pause` between them (issue 16: no long tasks), and the store races its open against `sleep`.
//! Also the one way the app hands the browser a function to call once (`once`, `timer`).

use wasm_bindgen::JsValue;

/// A promise-based timer, so a stuck open can lose a race against it.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        } else {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Gives the browser a turn: a message to a fresh channel is a task of its own, queued behind every task
/// already waiting (a tap, a search typed, a paint), so those run before the next slice. Not a zero
/// timeout: nested ones are clamped to 4 ms each, which left the main thread idle for a third of every
/// 10 ms slice and made a region's catalogue load that much longer (issue 16). Not `scheduler.yield()`:
/// its continuation runs ahead of other tasks, and in the e2e test a search typed during a load then
/// waited for the whole load (2.6 s at 4× CPU).
pub async fn pause() {
    let Ok(channel) = web_sys::MessageChannel::new() else { return sleep(0).await };
    let turn = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(&resolve));
        if channel.port2().post_message(&JsValue::NULL).is_err() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(turn).await;
}

/// Longest slice of work between two `pause`s, in ms: Lighthouse's phone, at a quarter of the measuring
/// machine's speed, stays under the 50 ms of a long task.
pub const SLICE_MS: f64 = 10.0;

/// `f` as a function the browser calls once. One copy in the wasm for every caller (timers, frames, event
/// handlers): a generic `Closure::once_into_js` is a closure shim per closure type.
pub fn once(f: Box<dyn FnOnce()>) -> JsValue {
    wasm_bindgen::closure::Closure::once_into_js(f)
}

/// Runs `f` after `ms` on a timer; the timer's handle, to clear it, or `None` without a window.
pub fn timer(ms: i32, f: Box<dyn FnOnce()>) -> Option<i32> {
    use wasm_bindgen::JsCast;
    let w = web_sys::window()?;
    w.set_timeout_with_callback_and_timeout_and_arguments_0(once(f).unchecked_ref(), ms).ok()
}

/// Milliseconds since the epoch: the clock of the sliced work (`pause`).
pub fn now() -> f64 {
    js_sys::Date::now()
}
