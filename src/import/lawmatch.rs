//! Maps free-text names onto the snapshot's closed vocabularies: a service type name (from the MPSV
//! code list, or an HSDS service name) onto a section of act 108/2006 Sb., and a target-group name onto
//! `TargetGroup`. Comparison is on folded text and tolerant of singular/plural: words match when their
//! first letters agree (up to 6, ignoring the shorter word's last letter), because the registry and the act differ
//! in number ("domov pro seniory" / "domovy pro seniory").

use super::common::fold;
use crate::domain::law::LAW_TYPES;
use crate::domain::snapshot::TargetGroup;

fn words(s: &str) -> Vec<String> {
    fold(s).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Words match on their first letters: at most 6, and one fewer than the shorter word has, so that an
/// ending is ignored ("centrum"/"centra", "domov"/"domovy", "stacionář"/"stacionáře").
fn word_match(a: &str, b: &str) -> bool {
    let shorter = a.chars().count().min(b.chars().count());
    let n = 6.min(shorter.saturating_sub(1).max(1));
    a.chars().take(n).eq(b.chars().take(n))
}

/// The section whose official name matches `name` word for word, e.g. "Domov pro seniory" → "49".
pub fn law_section(name: &str) -> Option<&'static str> {
    let w = words(name);
    LAW_TYPES
        .iter()
        .find(|t| {
            let tw = words(t.name);
            tw.len() == w.len() && tw.iter().zip(&w).all(|(a, b)| word_match(a, b))
        })
        .map(|t| t.section)
}

/// Keyword → group. `prefix` keywords must start a word ("det" must not match inside another word);
/// the others may appear anywhere in the folded name.
const GROUP_KEYWORDS: &[(&str, bool, TargetGroup)] = &[
    ("senio", false, TargetGroup::Seniori),
    ("det", true, TargetGroup::Deti),
    ("dit", true, TargetGroup::Deti),
    ("mlad", true, TargetGroup::Mladez),
    ("rodin", true, TargetGroup::RodinySDetmi),
    ("zdravot", false, TargetGroup::ZdravotniPostizeni),
    ("mental", false, TargetGroup::MentalniPostizeni),
    ("sluch", false, TargetGroup::SmyslovePostizeni),
    ("zrak", false, TargetGroup::SmyslovePostizeni),
    ("dusevn", false, TargetGroup::DusevniOnemocneni),
    ("demenc", false, TargetGroup::Demence),
    ("zavislost", false, TargetGroup::Zavislost),
    ("drog", false, TargetGroup::Zavislost),
    ("alkohol", false, TargetGroup::Zavislost),
    ("bez pristresi", false, TargetGroup::BezDomova),
    ("domov", false, TargetGroup::BezDomova),
    ("nasil", false, TargetGroup::ObetiNasili),
    ("krizi", false, TargetGroup::KrizovaSituace),
    ("pecujici", false, TargetGroup::Pecujici),
];

/// Every group a target-group name points to, in the order of the keyword table, without repeats.
pub fn target_groups(name: &str) -> Vec<TargetGroup> {
    let folded = fold(name);
    let ws = words(name);
    let mut out = Vec::new();
    for &(kw, prefix, group) in GROUP_KEYWORDS {
        let hit = if prefix { ws.iter().any(|w| w.starts_with(kw)) } else { folded.contains(kw) };
        // "domov" is about homelessness only outside the names of residential homes ("domovy pro…").
        let hit = hit && !(kw == "domov" && !folded.contains("bezdomov") && !folded.contains("bez domov"));
        if hit && !out.contains(&group) {
            out.push(group);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use TargetGroup::*;

    #[test]
    fn every_act_name_maps_to_itself_and_number_is_tolerated() {
        for t in LAW_TYPES {
            assert_eq!(law_section(t.name), Some(t.section), "{}", t.name);
        }
        let cases = [
            ("Domov pro seniory", Some("49")),
            ("Denní stacionář", Some("46")),
            ("Odborné sociální poradenství", Some("37")),
            ("Intervenční centrum", Some("60a")),
            ("Sociální práce", None),
            ("", None),
        ];
        for (name, want) in cases {
            assert_eq!(law_section(name), want, "{name}");
        }
    }

    #[test]
    fn groups_by_keyword() {
        let cases: &[(&str, &[TargetGroup])] = &[
            ("senioři", &[Seniori]),
            ("děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy", &[Deti, Mladez]),
            ("rodiny s dítětem/dětmi", &[Deti, RodinySDetmi]),
            ("osoby se zdravotním postižením", &[ZdravotniPostizeni]),
            ("osoby s mentálním postižením", &[MentalniPostizeni]),
            ("osoby se sluchovým postižením", &[SmyslovePostizeni]),
            ("osoby s chronickým duševním onemocněním", &[DusevniOnemocneni]),
            ("osoby žijící s demencí", &[Demence]),
            ("osoby ohrožené závislostí nebo závislé na návykových látkách", &[Zavislost]),
            ("osoby bez přístřeší", &[BezDomova]),
            ("oběti domácího násilí", &[ObetiNasili]),
            ("osoby v krizi", &[KrizovaSituace]),
            ("pečující osoby", &[Pecujici]),
            ("osoby s potřebou paliativní péče", &[]),
            ("etnické menšiny", &[]),
        ];
        for (name, want) in cases {
            assert_eq!(target_groups(name), want.to_vec(), "{name}");
        }
    }
}
