//! `katalog first-screen --to DIR`: the home page's first screen as static HTML, written at build time
//! from the app's own texts (`i18n`) and shell data (`shell`): `cs.html`, which the build puts into
//! `index.html`, `uk.html` and `en.html`, which the first screen's script fetches for a Ukrainian or English
//! reader, and that script (`first.js`, from `first_screen.js` with the names it needs filled in here).
//! The markup (elements, classes, order) is what the Leptos shell (`ui::App`) and `pages::home` render
//! before a catalogue is loaded, so that when the wasm mounts and removes the first screen in the same task
//! nothing moves (tests/e2e/first-screen.spec.mjs compares the two).

use std::fmt::Write;
use std::path::Path;

use super::CliError;
use crate::domain::regions::{parse_regions, Region};
use crate::i18n::{Lang, Strings};
use crate::keys::{Key, QUICK_EXIT_CLEARS};
use crate::shell::{national, tel_href, NAV, NEUTRAL_URL};

/// `regions`: the published region list, whose first region a first visit starts in (for demo data the
/// app then shows the demo notice at once: index.html carries the list, `ui::regions`).
pub fn run(to: &Path, regions: &Path) -> Result<(), CliError> {
    let text = std::fs::read_to_string(regions)
        .map_err(|e| CliError::usage(format!("cannot read {}: {e}", regions.display())))?;
    let list = parse_regions(&text)
        .map_err(|e| CliError::usage(format!("{}: not a region list ({e:?})", regions.display())))?;
    let Some(region) = list.first() else { return Err(CliError::usage("the region list is empty")) };
    std::fs::create_dir_all(to)
        .map_err(|e| CliError::usage(format!("cannot create {}: {e}", to.display())))?;
    for lang in Lang::ALL {
        write(&to.join(format!("{}.html", lang.code())), render(lang, region))?;
    }
    write(&to.join("first.js"), script())
}

fn write(path: &Path, text: String) -> Result<(), CliError> {
    std::fs::write(path, text).map_err(|e| CliError::usage(format!("cannot write {}: {e}", path.display())))
}

/// Escapes text for HTML content and double-quoted attributes.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// One language's first screen, wrapped in `<div class="app-first" lang=…>` (`display: contents`, so the
/// wrapper does not change the layout); the app removes every `.app-first` when it mounts.
pub fn render(lang: Lang, region: &Region) -> String {
    let t = lang.strings();
    let e = |s: &str| esc(s);
    let mut h = format!(r#"<div class="app-first" lang="{}">"#, lang.code());
    // The shell (ui::App): skip links, quick exit (a link to the same place, so it works with no script at
    // all; first.js makes it a replace and clears what the app's quick exit clears), header, notices.
    let _ = write!(
        h,
        r##"<a class="app-skip-link" href="#main">{}</a><a class="app-skip-link" href="#quick-exit">{}</a><div class="app-quick-exit"><a id="quick-exit" href="{}" class="app-button app-button--warning app-quick-exit__button">{}<span class="app-visually-hidden">{}</span></a></div>"##,
        e(t.skip_to_content),
        e(t.skip_to_exit),
        NEUTRAL_URL,
        e(t.quick_exit),
        e(t.quick_exit_hint)
    );
    let _ = write!(
        h,
        r#"<header class="app-header"><div class="app-header__inner"><a href="/" class="app-header__title">{}</a><span class="app-header__region"></span></div><nav class="app-nav" aria-label="{}"><ul class="app-nav__list">"#,
        e(t.app_name),
        e(t.nav_label)
    );
    for (href, label) in NAV {
        let _ = write!(h, r#"<li><a href="{href}">{}</a></li>"#, e(label(t)));
    }
    // Notices (ui::components::notices) as at the start of a first visit: the demo warning from the list.
    // Without a script the search cannot work: the only words a reader without JavaScript gets beyond
    // the first screen itself (the screen's crisis lines and links work without it).
    h.push_str(r#"</ul></nav></header><div class="app-notices">"#);
    if region.demo {
        let _ = write!(
            h,
            r#"<p class="app-notice app-notice--demo"><strong>{}</strong> {}</p>"#,
            e(t.demo_label),
            e(t.demo_text)
        );
    }
    let _ = write!(
        h,
        r#"<noscript><p class="app-notice">{}</p></noscript><p class="app-notice" hidden></p></div><main id="main" class="app-main" tabindex="-1">"#,
        e(t.noscript_text)
    );
    home(&mut h, t);
    let _ = write!(
        h,
        r#"</main><footer class="app-footer"><p class="app-footer__data" hidden></p><ul class="app-footer__links"><li><a href="/o-planovani">{}</a></li><li><a href="/dokumenty">{}</a></li><li><a href="/aktuality">{}</a></li></ul></footer></div>"#,
        e(t.nav_about),
        e(t.nav_documents),
        e(t.nav_news)
    );
    h
}

/// `pages::home::Home` before a catalogue is loaded: title, lead, search form, crisis lines and the "not
/// found" panel. Not the app's loading status below them (below the fold on a phone), which would say
/// "loading" for ever to a reader without JavaScript.
fn home(h: &mut String, t: &'static Strings) {
    let e = |s: &str| esc(s);
    let _ = write!(
        h,
        r#"<h1 tabindex="-1">{}</h1><p class="app-lead">{}</p><form method="get" action="/hledat" class="app-search" role="search"><label class="app-label" for="home-q">{}</label><p class="app-hint" id="home-q-hint">{}</p><div class="app-search__row"><input id="home-q" name="q" type="search" class="app-input" list="home-suggestions" autocomplete="off" aria-describedby="home-q-hint" enterkeyhint="search"><button type="submit" class="app-button">{}</button></div><datalist id="home-suggestions"></datalist></form><p class="app-links"><a href="/sluzby">{}</a> · <a href="/tisk">{}</a></p>"#,
        e(t.home_title),
        e(t.home_lead),
        e(t.search_label),
        e(t.search_hint),
        e(t.search_button),
        e(t.browse_link),
        e(t.print_link)
    );
    let _ = write!(
        h,
        r#"<section class="app-crisis" aria-labelledby="crisis-full"><h2 id="crisis-full" class="app-crisis__title">{}</h2><ul class="app-crisis__list">"#,
        e(t.crisis_title)
    );
    for (number, name) in national(t) {
        let _ = write!(
            h,
            r#"<li><a class="app-crisis__call" href="{}"><span class="app-crisis__number">{number}</span> <span class="app-crisis__name">{}</span></a></li>"#,
            tel_href(number),
            e(name)
        );
    }
    let _ = write!(
        h,
        r#"</ul></section><section class="app-panel app-panel--finder"><h2>{}</h2><p>{}</p><p><a href="/pruvodce" class="app-button app-button--start">{}</a></p><p class="app-links"><a href="/urady">{}</a></p></section>"#,
        e(t.not_found_title),
        e(t.not_found_text),
        e(t.finder_start),
        e(t.office_link)
    );
}

/// `first.js`: the template with the names it needs, as JSON literals; comment lines and indentation
/// dropped, since it counts toward the first load.
pub fn script() -> String {
    let json = |v: serde_json::Value| v.to_string();
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let clears: Vec<(&str, bool)> = QUICK_EXIT_CLEARS.iter().map(|k| (k.name(), k.session())).collect();
    let text = include_str!("first_screen.js")
        .replace("CODES", &json(serde_json::json!(codes)))
        .replace("LANG_KEY", &json(serde_json::json!(Key::Lang.name())))
        .replace("CLEARS", &json(serde_json::json!(clears)))
        .replace("EXITED", &json(serde_json::json!((Key::Exited.name(), Key::Exited.session()))))
        .replace("NEUTRAL_URL", &json(serde_json::json!(NEUTRAL_URL)));
    text.lines().map(str::trim).filter(|l| !l.starts_with("//")).collect::<Vec<_>>().join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_screen_has_the_crisis_lines_as_tel_links_in_each_language() {
        let region = Region { id: "benesov".into(), name: "okres Benešov".into(), demo: true };
        for lang in Lang::ALL {
            let html = render(lang, &region);
            let t = lang.strings();
            assert!(html.starts_with(&format!(r#"<div class="app-first" lang="{}">"#, lang.code())));
            assert_eq!(html.matches(r#"class="app-crisis__call" href="tel:"#).count(), 6, "{lang:?}");
            assert!(html.contains(r#"href="tel:116111""#));
            assert!(html.contains(&esc(t.line_116123)), "{lang:?}");
            assert!(html.contains(&format!(r#"href="{NEUTRAL_URL}""#)));
            assert_eq!(html.matches("<h1").count(), 1);
            assert!(html.contains(&esc(t.demo_text)), "{lang:?}");
        }
    }

    #[test]
    fn first_screen_script_carries_the_rust_names() {
        let js = script();
        for name in ["CODES", "LANG_KEY", "CLEARS", "EXITED", "NEUTRAL_URL"] {
            assert!(!js.contains(name), "{name} left in first.js");
        }
        assert!(js.contains(r#"["cs","uk","en"]"#));
        assert!(js.contains(r#"["pruvodce.exited",true]"#));
        assert!(js.contains(r#"["pruvodce.favourites",false]"#));
        assert!(!js.contains("\n//"), "comments are dropped");
    }
}
