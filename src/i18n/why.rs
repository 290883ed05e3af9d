//! The "why" line of a result, worded per language: the domain returns reasons as `Why` data, and
//! this is the one place that turns them into words ("v popisu: dluhy", "found in the description: dluhy").

use super::Lang;
use crate::domain::rank::Why;

impl Lang {
    /// One reason, worded in this language. Catalogue text (type, situation and place names, matched
    /// words) is quoted as written.
    pub fn why(self, w: &Why) -> String {
        let t = self.strings();
        match w {
            Why::Kind(key) => self.type_name(key).unwrap_or(key).to_string(),
            Why::Matched(words) => {
                format!("{} {}", t.why_matched, words.join(", "))
            }
            Why::InDescription(words) => {
                format!("{} {}", t.why_in_description, words.join(", "))
            }
            Why::Means { said, kind } => {
                let kind = kind.map(|k| self.type_name(k).unwrap_or(k)).unwrap_or(t.why_this_kind);
                format!("{} → {kind}", t.quote.replace("{q}", said))
            }
            Why::NameMeans(said) => {
                format!("{} → {}", t.quote.replace("{q}", said), t.why_by_name)
            }
            Why::DescriptionMeans(said) => {
                format!("{} → {}", t.quote.replace("{q}", said), t.why_in_service_description)
            }
            Why::Situation(name) => format!("{} {name}", t.why_fits),
            Why::WholeRegion(m) => t.why_whole_region.replace("{m}", m),
            Why::Visits(m) => format!("{} {m}", t.why_visits),
            Why::Serves(m) => format!("{} {m}", t.why_serves),
            Why::For(g) => format!("{} {}", t.why_for, self.group_name(*g)),
            Why::ByPhone => t.why_by_phone.to_string(),
            Why::Free => t.why_free.to_string(),
            Why::Phone(n) => format!("{} {n}", t.why_phone),
            Why::ProviderPhone { number, provider } => {
                format!("{} {number} ({provider})", t.why_provider_phone)
            }
            Why::Ico { ico, provider } => format!("{} {ico}: {provider}", t.why_ico),
            Why::Part { part, municipality } => {
                format!("{} → {} {municipality}", t.quote.replace("{q}", part), t.why_part)
            }
        }
    }

    /// A hit's reasons worded and joined for one line.
    pub fn why_line(self, reasons: &[Why], sep: &str) -> String {
        reasons.iter().map(|w| self.why(w)).collect::<Vec<_>>().join(sep)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression (issue 10, "Also found"): the why line was Czech text made by the domain, so the
    /// English UI showed Czech. Reasons are data now; each language words them.
    #[test]
    fn why_line_is_worded_in_ui_language() {
        let reasons = [
            Why::InDescription(vec!["dluhy".into()]),
            Why::Visits("Postupice".into()),
            Why::Free,
            Why::For(crate::domain::snapshot::TargetGroup::Etnicke),
            Why::Kind("40"),
            Why::Means { said: "борги".into(), kind: Some("poradenstvi") },
        ];
        let cs = Lang::Cs.why_line(&reasons, " · ");
        let en = Lang::En.why_line(&reasons, " · ");
        assert_eq!(
            cs,
            "v\u{a0}popisu: dluhy · jezdí i\u{a0}do obce Postupice · zdarma · pro: etnické menšiny · \
             pečovatelská služba · „борги“ → poradenství mimo zákon o sociálních službách"
        );
        assert!(en.starts_with(
            "in the description: dluhy · comes to Postupice · free of charge · for: ethnic minorities"
        ));
        let uk = Lang::Uk.why_line(&reasons[4..], " · ");
        assert_eq!(
            uk,
            format!(
                "{} · «борги» → {}",
                Lang::Uk.type_name("40").unwrap_or_default(),
                Lang::Uk.type_name("poradenstvi").unwrap_or_default()
            )
        );
        assert!(!uk.contains("pečovatelská"), "{uk}");
        for czech in ["v popisu", "jezdí", "zdarma", "shoda", "odpovídá", "pomáhá"] {
            assert!(!en.contains(czech), "{en}");
        }
    }
}
