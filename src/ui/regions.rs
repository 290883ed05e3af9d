//! The region list at run time (issue 12): never compiled in, so a region published into a running site
//! appears at the next start. The last good list, kept on this device, is used at once (a start offline
//! still has its chooser and default; a first visit has the list index.html was built with);
//! `/data/regions.json` is then fetched, revalidated (the service worker answers with its last copy when
//! offline). A list that does not pass `parse_regions` is ignored:
//! the last good one stays and nothing else changes. A region the list no longer offers keeps its stored
//! catalogue on screen with a notice (`gone`): a person offline may still need a number from it, and the
//! notice says it will not be updated and offers the chooser.

use leptos::prelude::*;

use super::boot;
use super::dom;
use super::prefs::{self, Key};
use super::state::{AppState, Load};
use crate::domain::regions::{parse_regions, Region};
use crate::sync::{fetch, TIMEOUT_MS};

/// The last good list kept on this device; on a first visit, the list index.html was built with
/// (`#regions-built`), so that the app starts in the default region at once and its first screen already
/// shows what the first screen in the HTML showed (the demo warning): nothing moves.
pub fn stored() -> Vec<Region> {
    prefs::get(Key::Regions)
        .or_else(|| dom::document()?.get_element_by_id("regions-built")?.text_content())
        .and_then(|t| parse_regions(&t).ok())
        .unwrap_or_default()
}

/// Fetches the published list and takes it if it is good. A first visit (no region yet) starts loading
/// the default region's catalogue once the list is known, or shows the offices' contacts without one.
pub fn refresh(app: AppState) {
    leptos::task::spawn_local(async move {
        if let Ok(Some((text, _))) = fetch::text("/data/regions.json", None, TIMEOUT_MS).await {
            if let Ok(list) = parse_regions(&text) {
                prefs::set(Key::Regions, &text);
                app.regions.set(list);
            }
        }
        if app.region.get_untracked().is_empty() {
            match app.regions.with_untracked(|l| l.first().map(|r| r.id.clone())) {
                Some(id) => {
                    app.region.set(id);
                    boot::start(app);
                }
                None => app.load.set(Load::NoData),
            }
        }
    });
}

/// The region shown is no longer offered (removed from the list after this phone chose it).
pub fn gone(app: AppState) -> bool {
    let region = app.region.get();
    app.regions.with(|l| !l.is_empty() && !region.is_empty() && !l.iter().any(|r| r.id == region))
}
