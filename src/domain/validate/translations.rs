//! Translations of catalogue content: only the UI's languages, and each translated field under the same
//! limits as its Czech original, reported at its own path (`$.services[3].translations.uk.name`).

use super::items::Ctx;
use crate::domain::snapshot::{NewsTranslation, TextTranslation, Translations, TRANSLATION_LANGS};

/// Reports an unknown language code and returns the path of each known one's translation.
fn each<'t, T>(t: &'t Translations<T>, path: &str, cx: &mut Ctx<'_>) -> Vec<(String, &'t T)> {
    let mut out: Vec<(String, &T)> = Vec::new();
    for (code, tr) in &t.0 {
        let p = format!("{path}.translations.{code}");
        if out.iter().any(|(seen, _)| *seen == p) {
            cx.report.error(p, "this language's translation is given twice");
        } else if TRANSLATION_LANGS.contains(&code.as_str()) {
            out.push((p, tr));
        } else {
            let known = TRANSLATION_LANGS.join(", ");
            cx.report.error(p, format!("unknown language code {code:?}; a translation is in one of {known}"));
        }
    }
    out
}

/// A service's or life situation's translations: name as a name, description as a text.
pub(super) fn texts(t: &Translations<TextTranslation>, path: &str, cx: &mut Ctx<'_>) {
    for (p, tr) in each(t, path, cx) {
        cx.opt_name(&p, "name", &tr.name);
        cx.opt_text(&p, "description", &tr.description);
    }
}

/// A news item's translations: title as a name, text as a text.
pub(super) fn news(t: &Translations<NewsTranslation>, path: &str, cx: &mut Ctx<'_>) {
    for (p, tr) in each(t, path, cx) {
        cx.opt_name(&p, "title", &tr.title);
        cx.opt_text(&p, "text", &tr.text);
    }
}
