//! `fetch` with a timeout (AbortController), conditional requests, and streamed bodies with a size cap.

use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a request gave nothing usable.
#[derive(Debug)]
pub enum FetchError {
    /// No answer in time, or the network failed (also a connection cut mid-body).
    Offline,
    /// The server answered with this status.
    Http(u16),
}

async fn send(url: &str, etag: Option<&str>, timeout_ms: i32) -> Result<web_sys::Response, FetchError> {
    let w = web_sys::window().ok_or(FetchError::Offline)?;
    let controller = web_sys::AbortController::new().map_err(|_| FetchError::Offline)?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    // The HTTP cache may serve the manifest only after revalidating it: "no-cache", not "no-store".
    init.set_cache(web_sys::RequestCache::NoCache);
    let headers = web_sys::Headers::new().map_err(|_| FetchError::Offline)?;
    if let Some(e) = etag {
        let _ = headers.set("If-None-Match", e);
    }
    init.set_headers(&headers);
    let abort = wasm_bindgen::closure::Closure::once_into_js(move || controller.abort());
    let timer =
        w.set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), timeout_ms).ok();
    let result = JsFuture::from(w.fetch_with_str_and_init(url, &init)).await;
    if let Some(t) = timer {
        w.clear_timeout_with_handle(t);
    }
    result.map_err(|_| FetchError::Offline)?.dyn_into().map_err(|_| FetchError::Offline)
}

/// GETs a text; `Ok(None)` for 304 Not Modified. Returns the text and its ETag.
pub async fn text(
    url: &str,
    etag: Option<&str>,
    timeout_ms: i32,
) -> Result<Option<(String, Option<String>)>, FetchError> {
    let r = send(url, etag, timeout_ms).await?;
    if r.status() == 304 {
        return Ok(None);
    }
    if !r.ok() {
        return Err(FetchError::Http(r.status()));
    }
    let tag = r.headers().get("ETag").ok().flatten();
    let body =
        JsFuture::from(r.text().map_err(|_| FetchError::Offline)?).await.map_err(|_| FetchError::Offline)?;
    Ok(Some((body.as_string().unwrap_or_default(), tag)))
}

/// GETs a body as a stream of chunks, reporting progress, and stops past `expected` bytes (a body that
/// grows beyond its manifest is wrong however it ends).
pub async fn bytes(
    url: &str,
    expected: u64,
    timeout_ms: i32,
    progress: &impl Fn(u64, u64),
) -> Result<Vec<u8>, FetchError> {
    let r = send(url, None, timeout_ms).await?;
    if !r.ok() {
        return Err(FetchError::Http(r.status()));
    }
    let reader: web_sys::ReadableStreamDefaultReader =
        r.body().ok_or(FetchError::Offline)?.get_reader().dyn_into().map_err(|_| FetchError::Offline)?;
    let mut out = Vec::with_capacity(expected.min(32 << 20) as usize);
    progress(0, expected);
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| FetchError::Offline)?;
        if js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true)
        {
            break;
        }
        let value =
            js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).map_err(|_| FetchError::Offline)?;
        out.extend_from_slice(&Uint8Array::new(&value).to_vec());
        progress(out.len() as u64, expected);
        if out.len() as u64 > expected {
            let _ = reader.cancel();
            break;
        }
    }
    Ok(out)
}
