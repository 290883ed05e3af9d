//! Checks of each record on its own (no cross-references): required text, lengths, formats, the legal
//! type, dates, and the per-record warnings. Works on a `View`, i.e. the records with their original
//! indices, so it runs both on a whole snapshot and on the parts that deserialised from a broken file.

use super::contact::check_phone;
use super::fields::*;
use super::records;
use super::{Report, MAX_KEYWORD_CHARS, MAX_LIST_ITEMS, MAX_NAME_CHARS, MAX_TEXT_CHARS, SECTION_CAPS};
use crate::domain::date::Date;
use crate::domain::snapshot::*;

/// Borrowed records with their index in the file's arrays.
pub(super) struct View<'a> {
    pub meta: Option<&'a Meta>,
    pub municipalities: Vec<(usize, &'a Municipality)>,
    pub offices: Vec<(usize, &'a Office)>,
    pub providers: Vec<(usize, &'a Provider)>,
    pub services: Vec<(usize, &'a Service)>,
    pub life_situations: Vec<(usize, &'a LifeSituation)>,
    pub crisis_lines: Vec<(usize, &'a CrisisLine)>,
    pub documents: Vec<(usize, &'a Document)>,
    pub news: Vec<(usize, &'a NewsItem)>,
    pub comment_campaigns: Vec<(usize, &'a CommentCampaign)>,
}

fn indexed<T>(v: &[T]) -> Vec<(usize, &T)> {
    v.iter().enumerate().collect()
}

impl<'a> View<'a> {
    pub fn of(s: &'a Snapshot) -> View<'a> {
        View {
            meta: Some(&s.meta),
            municipalities: indexed(&s.municipalities),
            offices: indexed(&s.offices),
            providers: indexed(&s.providers),
            services: indexed(&s.services),
            life_situations: indexed(&s.life_situations),
            crisis_lines: indexed(&s.crisis_lines),
            documents: indexed(&s.documents),
            news: indexed(&s.news),
            comment_campaigns: indexed(&s.comment_campaigns),
        }
    }
}

/// The report plus what records need to know about the snapshot as a whole.
pub(super) struct Ctx<'r> {
    pub report: &'r mut Report,
    pub demo: bool,
    pub data_date: Option<Date>,
}

impl Ctx<'_> {
    pub fn check(&mut self, path: impl FnOnce() -> String, result: Check) {
        if let Err(message) = result {
            self.report.error(path(), message);
        }
    }

    pub fn name(&mut self, path: &str, field: &str, s: &str) {
        self.check(|| format!("{path}.{field}"), check_name(s));
    }

    pub fn opt_name(&mut self, path: &str, field: &str, s: &Option<String>) {
        if let Some(s) = s {
            self.name(path, field, s);
        }
    }

    pub fn text(&mut self, path: &str, field: &str, s: &str) {
        self.check(|| format!("{path}.{field}"), check_text(s, MAX_TEXT_CHARS));
    }

    pub fn opt_text(&mut self, path: &str, field: &str, s: &Option<String>) {
        if let Some(s) = s {
            self.text(path, field, s);
        }
    }

    pub fn id(&mut self, path: &str, field: &str, s: &str) {
        self.check(|| format!("{path}.{field}"), check_id(s));
    }

    pub fn date(&mut self, path: &str, field: &str, s: &str) -> Option<Date> {
        match check_date(s) {
            Ok(d) => Some(d),
            Err(e) => {
                self.report.error(format!("{path}.{field}"), e);
                None
            }
        }
    }

    pub fn list_len(&mut self, path: &str, field: &str, len: usize) {
        if len > MAX_LIST_ITEMS {
            self.report.error(
                format!("{path}.{field}"),
                format!("has {len} items, over the limit of {MAX_LIST_ITEMS}"),
            );
        }
    }

    /// Single-line strings of a list (opening hours), each with the name length limit.
    pub fn lines(&mut self, path: &str, field: &str, items: &[String], max: usize) {
        self.list_len(path, field, items.len());
        for (i, s) in items.iter().enumerate() {
            let r = check_text(s, max).and_then(|()| {
                if s.contains('\n') {
                    Err("must be a single line".to_string())
                } else {
                    Ok(())
                }
            });
            self.check(|| format!("{path}.{field}[{i}]"), r);
        }
    }
}

/// Top-level arrays over their cap (`SECTION_CAPS`); the length is the last index plus one, so a
/// partly deserialised section counts as long as it was in the file.
fn check_caps(v: &View<'_>, report: &mut Report) {
    fn len<T>(items: &[(usize, T)]) -> usize {
        items.last().map_or(0, |(i, _)| i + 1)
    }
    let lens = [
        len(&v.municipalities),
        len(&v.offices),
        len(&v.providers),
        len(&v.services),
        len(&v.life_situations),
        len(&v.crisis_lines),
        len(&v.documents),
        len(&v.news),
        len(&v.comment_campaigns),
    ];
    for ((section, cap), n) in SECTION_CAPS.iter().zip(lens) {
        if n > *cap {
            report.error(format!("$.{section}"), format!("has {n} items, over the limit of {cap}"));
        }
    }
}

/// Runs every per-record check over the view.
pub(super) fn check_view(v: &View<'_>, report: &mut Report) {
    check_caps(v, report);
    let demo = v.meta.is_some_and(|m| m.demo);
    let mut cx = Ctx { report, demo, data_date: None };
    if let Some(meta) = v.meta {
        cx.data_date = records::meta(meta, &mut cx);
    }
    for &(i, m) in &v.municipalities {
        records::municipality(m, &format!("$.municipalities[{i}]"), &mut cx);
    }
    for &(i, o) in &v.offices {
        records::office(o, &format!("$.offices[{i}]"), &mut cx);
    }
    for &(i, p) in &v.providers {
        let path = format!("$.providers[{i}]");
        cx.id(&path, "id", &p.id);
        cx.name(&path, "name", &p.name);
        if let Some(ico) = &p.ico {
            let checked = check_digits(ico, 8, "IČO").and_then(|()| {
                let ok = crate::domain::text::ico::is_valid(ico);
                ok.then_some(()).ok_or_else(|| format!("IČO {ico:?} fails the mod-11 check digit (a typo?)"))
            });
            cx.check(|| format!("{path}.ico"), checked);
        }
        records::contacts(&p.contacts, &format!("{path}.contacts"), &mut cx);
    }
    for &(i, s) in &v.services {
        records::service(s, &format!("$.services[{i}]"), &mut cx);
    }
    for &(i, l) in &v.life_situations {
        records::life_situation(l, &format!("$.life_situations[{i}]"), &mut cx);
    }
    for &(i, c) in &v.crisis_lines {
        let path = format!("$.crisis_lines[{i}]");
        cx.name(&path, "name", &c.name);
        cx.check(|| format!("{path}.number"), check_phone(&c.number));
        cx.name(&path, "hours", &c.hours);
        cx.opt_text(&path, "note", &c.note);
    }
    for &(i, d) in &v.documents {
        records::document(d, &format!("$.documents[{i}]"), &mut cx);
    }
    for &(i, n) in &v.news {
        let path = format!("$.news[{i}]");
        cx.id(&path, "id", &n.id);
        cx.date(&path, "date", &n.date);
        cx.name(&path, "title", &n.title);
        cx.text(&path, "text", &n.text);
        super::translations::news(&n.translations, &path, &mut cx);
    }
    for &(i, c) in &v.comment_campaigns {
        records::campaign(c, &format!("$.comment_campaigns[{i}]"), &mut cx);
    }
}

/// Keywords and life-situation words: short, single-line, not blank.
pub(super) fn words(cx: &mut Ctx<'_>, path: &str, field: &str, items: &[String]) {
    cx.lines(path, field, items, MAX_KEYWORD_CHARS);
}

/// Opening-hours style display lines.
pub(super) fn hours(cx: &mut Ctx<'_>, path: &str, items: &[String]) {
    cx.lines(path, "opening_hours", items, MAX_NAME_CHARS);
}
