//! The "why" line of a result, worded per language: the domain returns reasons as `Why` data, and
//! this is the one place that turns them into words ("v popisu: dluhy", "found in the description: dluhy").

use super::Lang;
use crate::domain::rank::Why;

impl Lang {
    /// One reason, worded in this language. Catalogue text (type, situation and place names, matched
    /// words) is quoted as written.
    pub fn why(self, w: &Why) -> String {
        let cs = self == Lang::Cs;
        match w {
            Why::Kind(name) => (*name).to_string(),
            Why::Matched(words) => {
                format!("{} {}", if cs { "shoda:" } else { "matches:" }, words.join(", "))
            }
            Why::InDescription(words) => {
                format!("{} {}", if cs { "v popisu:" } else { "in the description:" }, words.join(", "))
            }
            Why::Means { said, kind } => {
                let kind = kind.unwrap_or(if cs { "tento druh služby" } else { "this kind of service" });
                format!("„{said}“ → {kind}")
            }
            Why::NameMeans(said) => {
                format!("„{said}“ {}", if cs { "→ podle názvu služby" } else { "→ by the service's name" })
            }
            Why::DescriptionMeans(said) => {
                format!(
                    "„{said}“ {}",
                    if cs { "→ v popisu služby" } else { "→ in the service's description" }
                )
            }
            Why::Situation(name) => format!("{} {name}", if cs { "odpovídá:" } else { "fits:" }),
            Why::WholeRegion(m) => {
                if cs {
                    format!("působí v celém regionu, i v obci {m}")
                } else {
                    format!("works in the whole region, {m} included")
                }
            }
            Why::Visits(m) => {
                format!("{} {m}", if cs { "jezdí i do obce" } else { "comes to" })
            }
            Why::Serves(m) => format!("{} {m}", if cs { "slouží i obci" } else { "serves" }),
            Why::For(g) => format!("{} {}", if cs { "pro:" } else { "for:" }, self.group_name(*g)),
            Why::ByPhone => self.pick("pomáhá i po telefonu", "helps by phone too").to_string(),
            Why::Free => self.pick("zdarma", "free of charge").to_string(),
            Why::Phone(n) => format!("{} {n}", self.pick("telefon:", "phone:")),
            Why::ProviderPhone { number, provider } => {
                format!("{} {number} ({provider})", self.pick("telefon poskytovatele:", "provider's phone:"))
            }
            Why::Ico { ico, provider } => format!("{} {ico}: {provider}", self.pick("IČO", "company ID")),
            Why::Part { part, municipality } => {
                format!("„{part}“ → {} {municipality}", self.pick("obec", "municipality"))
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
        ];
        let cs = Lang::Cs.why_line(&reasons, " · ");
        let en = Lang::En.why_line(&reasons, " · ");
        assert_eq!(cs, "v popisu: dluhy · jezdí i do obce Postupice · zdarma · pro: etnické menšiny");
        assert_eq!(
            en,
            "in the description: dluhy · comes to Postupice · free of charge · for: ethnic minorities"
        );
        for czech in ["v popisu", "jezdí", "zdarma", "shoda", "odpovídá", "pomáhá"] {
            assert!(!en.contains(czech), "{en}");
        }
    }
}
