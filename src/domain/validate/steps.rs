//! `Validation`: `validate_snapshot` a few records at a time, so the browser can pause between steps
//! (issue 16). The rules are the sibling modules'; this file only keeps the place.

use super::{items, refs, Report};
use crate::domain::snapshot::Snapshot;

/// `validate_snapshot` a few records at a time (issue 16: a region's catalogue validated at once is a long
/// task on a phone). `new` checks the meta record, municipalities and offices, `push` the providers, the
/// services, then the rest and the references between records (`refs::Refs`), `finish` what is left.
/// The same checks in the same order as at once; `validate_snapshot` runs through it.
pub struct Validation<'a> {
    snapshot: &'a Snapshot,
    view: items::View<'a>,
    report: Report,
    demo: bool,
    data_date: Option<crate::domain::date::Date>,
    /// Providers, then services, checked so far.
    next: usize,
    /// The references, once every record is checked.
    refs: Option<refs::Refs<'a>>,
}

impl<'a> Validation<'a> {
    pub fn new(snapshot: &'a Snapshot) -> Validation<'a> {
        let view = items::View::of(snapshot);
        let mut report = Report::default();
        let cx = items::check_head(&view, &mut report);
        let (demo, data_date) = (cx.demo, cx.data_date);
        Validation { snapshot, view, report, demo, data_date, next: 0, refs: None }
    }

    /// Checks up to `count` more providers or services, then (with the remaining records' rules first)
    /// up to `count` services' references; true while something remains.
    pub fn push(&mut self, count: usize) -> bool {
        let (providers, services) = (&self.view.providers, &self.view.services);
        if self.next >= providers.len() + services.len() {
            let refs = match self.refs.as_mut() {
                Some(refs) => refs,
                None => {
                    let mut cx =
                        items::Ctx { report: &mut self.report, demo: self.demo, data_date: self.data_date };
                    items::check_tail(&self.view, &mut cx);
                    self.refs.insert(refs::Refs::new(self.snapshot, &mut self.report))
                }
            };
            return refs.push(&mut self.report, count);
        }
        let end = self.next.saturating_add(count).min(providers.len() + services.len());
        let mut cx = items::Ctx { report: &mut self.report, demo: self.demo, data_date: self.data_date };
        for k in self.next..end {
            match providers.get(k) {
                Some(&(i, p)) => items::provider(&mut cx, i, p),
                None => {
                    if let Some(&(i, s)) = services.get(k - providers.len()) {
                        items::service(&mut cx, i, s);
                    }
                }
            }
        }
        self.next = end;
        true
    }

    /// Checks whatever was not pushed, then the references that need every record; the full report.
    pub fn finish(mut self) -> Report {
        while self.push(usize::MAX) {}
        if let Some(refs) = self.refs.take() {
            refs.finish(&mut self.report);
        }
        self.report
    }
}
