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
            Why::Kind(key) => self.type_name(key).to_string(),
            Why::Matched(words) => {
                format!("{} {}", if cs { "shoda:" } else { "matches:" }, words.join(", "))
            }
            Why::InDescription(words) => {
                format!("{} {}", if cs { "v popisu:" } else { "in the description:" }, words.join(", "))
            }
            Why::Means { said, kind } => {
                let kind = kind.map(|k| self.type_name(k)).unwrap_or(if cs {
                    "tento druh služby"
                } else {
                    "this kind of service"
                });
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
        }
    }

    /// The name of a legal type or category by its key (section "40" or category id), as the why line
    /// shows it. Every language gets the Czech name from the law tables for now (the official name the
    /// service uses about itself); an unknown key is shown as written.
    pub fn type_name(self, key: &'static str) -> &'static str {
        crate::domain::lexicon::type_name_cs(key).unwrap_or(key)
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
            "v popisu: dluhy · jezdí i do obce Postupice · zdarma · pro: etnické menšiny · pečovatelská služba \
             · „борги“ → poradenství mimo zákon o sociálních službách"
        );
        assert!(en.starts_with(
            "in the description: dluhy · comes to Postupice · free of charge · for: ethnic minorities"
        ));
        for czech in ["v popisu", "jezdí", "zdarma", "shoda", "odpovídá", "pomáhá"] {
            assert!(!en.contains(czech), "{en}");
        }
    }
}
