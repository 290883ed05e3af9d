//! Plain-Czech explanations of every legal type of social service and related-service category, and
//! the words people use for them (`types.tsv`, a data file, one line per type). The words are indexed as
//! a field of every service of that type, so "domov důchodců" finds a "domov pro seniory" even when its
//! own description never says so. Native builds compile the file in; the browser fetches it with the
//! Czech concept table (`install`), so that the first load does not carry it (issue 13's size).
//! Target groups' names and words stay compiled in: they are few, and shown on the first screen.

use std::sync::OnceLock;

/// One legal type (by section) or category (by id): what it is, in words a citizen understands, and
/// the everyday words for it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TypeText {
    pub key: &'static str,
    pub explain: &'static str,
    pub words: &'static str,
}

static TEXTS: OnceLock<Vec<TypeText>> = OnceLock::new();

/// Why a type table was refused: the line (1-based) that has no key and explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypesError {
    pub line: usize,
}

/// Parses the table: `key TAB explanation TAB words`, `#` comments and blank lines skipped.
pub fn parse(text: &'static str) -> Result<Vec<TypeText>, TypesError> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        match (cols.next(), cols.next(), cols.next().unwrap_or(""), cols.next()) {
            (Some(key), Some(explain), words, None) if !key.is_empty() && !explain.is_empty() => {
                out.push(TypeText { key, explain, words })
            }
            _ => return Err(TypesError { line: n + 1 }),
        }
    }
    Ok(out)
}

/// The type texts: compiled in natively; in the browser, empty until `install`.
pub fn texts() -> &'static [TypeText] {
    #[cfg(not(target_arch = "wasm32"))]
    let texts = TEXTS.get_or_init(|| parse(include_str!("types.tsv")).unwrap_or_default());
    #[cfg(target_arch = "wasm32")]
    let texts = TEXTS.get().map_or(&[][..], Vec::as_slice);
    texts
}

/// Installs the table the browser fetched. A table with a bad line changes nothing (service pages then
/// show no explanation, and search works without the type words). Kept for the page's life, so leaked.
pub fn install(text: String) -> Result<(), TypesError> {
    let texts = parse(text.leak())?;
    let _ = TEXTS.set(texts);
    Ok(())
}

/// Czech display names of target groups and the words people use for them.
pub const GROUP_TEXTS: &[(&str, &str, &str)] = &[
    ("seniori", "senioři", "senior důchodce stáří starší člověk babička dědeček"),
    ("deti", "děti", "dítě děti"),
    ("mladez", "mládež", "mladí teenager dospívající"),
    ("rodiny-s-detmi", "rodiny s dětmi", "rodina rodiny s dětmi"),
    ("zdravotni-postizeni", "lidé se zdravotním postižením", "postižení handicap vozík"),
    ("mentalni-postizeni", "lidé s mentálním postižením", "mentální postižení"),
    ("smyslove-postizeni", "lidé se smyslovým postižením", "nevidomý neslyšící zrak sluch"),
    ("dusevni-onemocneni", "lidé s duševním onemocněním", "duševní nemoc psychiatrie"),
    ("demence", "lidé s demencí", "demence alzheimer"),
    ("zavislost", "lidé se závislostí", "závislost drogy alkohol"),
    ("bez-domova", "lidé bez domova", "bezdomovec bez domova"),
    ("obeti-nasili", "oběti násilí", "násilí oběť"),
    ("krizova-situace", "lidé v krizi", "krize tíseň"),
    ("pecujici", "pečující", "pečující o blízkého"),
    ("dospeli", "dospělí", "dospělý"),
    ("etnicke-mensiny", "etnické menšiny", "menšina národnostní menšiny cizinci romové"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::law;

    #[test]
    fn one_line_per_type_in_the_law_tables_order() {
        let keys: Vec<&str> = texts().iter().map(|t| t.key).collect();
        let want: Vec<&str> =
            law::LAW_TYPES.iter().map(|t| t.section).chain(law::CATEGORIES.iter().map(|c| c.id)).collect();
        assert_eq!(keys, want);
    }

    #[test]
    fn a_bad_line_is_refused_with_its_number() {
        assert_eq!(parse("# c\n37\tPoradna.\tporadna\n38\n"), Err(TypesError { line: 3 }));
        assert_eq!(parse("37\tPoradna.\ta\tb\n"), Err(TypesError { line: 1 }));
        assert_eq!(parse("jine\tDalší služby.\n").map(|v| v[0].words), Ok(""));
    }
}
