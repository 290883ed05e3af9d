//! `fetch` with deadlines (AbortController), conditional requests, and streamed bodies with a size cap.
//! A deadline covers the whole request, body included: a server that sends headers and then stalls
//! must not hang the app (defect 12). A streamed body has its own inactivity limit between chunks, so a
//! slow but moving download of a large catalogue still completes.

use futures::future::{select, Either, LocalBoxFuture};
use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::validate::MAX_SNAPSHOT_BYTES;
use crate::turns::{now, pause, sleep, SLICE_MS};

/// Why a request gave nothing usable.
#[derive(Debug)]
pub enum FetchError {
    /// No answer in time, or the network failed (also a connection cut or stalled mid-body).
    Offline,
    /// The server answered with this status.
    Http(u16),
}

/// Aborts the request when its timer fires; dropping it (request done) clears the timer.
struct Deadline {
    controller: web_sys::AbortController,
    timer: Option<i32>,
}

impl Deadline {
    fn new() -> Result<Deadline, FetchError> {
        let controller = web_sys::AbortController::new().map_err(|_| FetchError::Offline)?;
        Ok(Deadline { controller, timer: None })
    }

    /// (Re)starts the timer: the request is aborted unless `arm` or drop comes within `ms`.
    fn arm(&mut self, ms: i32) {
        self.clear();
        let controller = self.controller.clone();
        self.timer = crate::turns::timer(ms, Box::new(move || controller.abort()));
    }

    fn clear(&mut self) {
        if let (Some(t), Some(w)) = (self.timer.take(), web_sys::window()) {
            w.clear_timeout_with_handle(t);
        }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        self.clear();
    }
}

/// Sends a GET; the returned deadline is still running, so reading the body stays under it.
async fn send(
    url: &str,
    etag: Option<&str>,
    timeout_ms: i32,
) -> Result<(web_sys::Response, Deadline), FetchError> {
    let w = web_sys::window().ok_or(FetchError::Offline)?;
    let mut deadline = Deadline::new()?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&deadline.controller.signal()));
    // The HTTP cache may serve the manifest only after revalidating it: "no-cache", not "no-store".
    init.set_cache(web_sys::RequestCache::NoCache);
    let headers = web_sys::Headers::new().map_err(|_| FetchError::Offline)?;
    if let Some(e) = etag {
        let _ = headers.set("If-None-Match", e);
    }
    init.set_headers(&headers);
    deadline.arm(timeout_ms);
    let result = JsFuture::from(w.fetch_with_str_and_init(url, &init)).await;
    let response = result.map_err(|_| FetchError::Offline)?.dyn_into().map_err(|_| FetchError::Offline)?;
    Ok((response, deadline))
}

/// A text and its ETag.
pub type Text = (String, Option<String>);

/// GETs a text; `Ok(None)` for 304 Not Modified. Returns the text and its ETag. The whole request,
/// body included, must finish within `timeout_ms`. Boxed: its callers (manifest, regions, lexicons) share
/// one copy in the wasm instead of each inlining the request.
pub fn text<'a>(
    url: &'a str,
    etag: Option<&'a str>,
    timeout_ms: i32,
) -> LocalBoxFuture<'a, Result<Option<Text>, FetchError>> {
    Box::pin(async move {
        let (r, _deadline) = send(url, etag, timeout_ms).await?;
        if r.status() == 304 {
            return Ok(None);
        }
        if !r.ok() {
            return Err(FetchError::Http(r.status()));
        }
        let tag = r.headers().get("ETag").ok().flatten();
        let body = JsFuture::from(r.text().map_err(|_| FetchError::Offline)?)
            .await
            .map_err(|_| FetchError::Offline)?;
        Ok(Some((body.as_string().unwrap_or_default(), tag)))
    })
}

/// GETs a body as a stream of chunks, reporting progress, and stops past `expected` bytes (a body that
/// grows beyond its manifest is wrong however it ends) and past `MAX_SNAPSHOT_BYTES` whatever the
/// manifest says. `timeout_ms` limits the wait for the headers, `idle_ms` each wait for the next chunk:
/// a stalled body is abandoned as `Offline` (defect 12).
pub async fn bytes(
    url: &str,
    expected: u64,
    timeout_ms: i32,
    idle_ms: i32,
    progress: &impl Fn(u64, u64),
) -> Result<Vec<u8>, FetchError> {
    let cap = expected.min(MAX_SNAPSHOT_BYTES as u64);
    let (r, mut deadline) = send(url, None, timeout_ms).await?;
    if !r.ok() {
        return Err(FetchError::Http(r.status()));
    }
    let reader: web_sys::ReadableStreamDefaultReader =
        r.body().ok_or(FetchError::Offline)?.get_reader().dyn_into().map_err(|_| FetchError::Offline)?;
    let mut out = Vec::with_capacity(cap.min(32 << 20) as usize);
    progress(0, expected);
    let mut slice_end = now() + SLICE_MS;
    loop {
        // The abort cuts a real network stream; the race also ends a read that ignores the abort.
        deadline.arm(idle_ms);
        let read = JsFuture::from(reader.read());
        let chunk = match select(read, Box::pin(sleep(idle_ms))).await {
            Either::Left((chunk, _)) => chunk.map_err(|_| FetchError::Offline)?,
            Either::Right(_) => {
                let _ = reader.cancel();
                return Err(FetchError::Offline);
            }
        };
        if js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true)
        {
            break;
        }
        let value =
            js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).map_err(|_| FetchError::Offline)?;
        // Copied straight into `out`, not through a temporary Vec.
        let value = Uint8Array::new(&value);
        let start = out.len();
        out.resize(start + value.length() as usize, 0);
        value.copy_to(&mut out[start..]);
        progress(out.len() as u64, expected);
        if out.len() as u64 > cap {
            let _ = reader.cancel();
            break;
        }
        // Chunks already buffered resolve `read()` at once, in the same task: a region's 13 MB came in
        // as one task of 100-180 ms (700 ms at 4x CPU). Give the browser a turn every slice (issue 16).
        if now() > slice_end {
            pause().await;
            slice_end = now() + SLICE_MS;
        }
    }
    Ok(out)
}
