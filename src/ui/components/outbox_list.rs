//! TEMPORARY
use crate::domain::comment::CommentDraft;
use crate::domain::snapshot::CommentCampaign;
use crate::ui::state::AppState;
use leptos::prelude::*;
pub async fn submit_comment(_: &CommentCampaign, _: &CommentDraft) -> bool {
    false
}
pub fn flush(_: AppState) {}
#[component]
pub fn OutboxList() -> impl IntoView {
    view! { <div></div> }
}
