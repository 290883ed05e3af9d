//! Which heading each service goes under, in what order: by legal type in the act's order (then the
//! related-service categories), by municipality, by target group, or A–Z; and the paging of `/sluzby`.

use crate::domain::law::{self, Category, LawType};
use crate::domain::snapshot::{Address, Municipality, Service, Snapshot, TargetGroup};
use crate::domain::text::fold;

/// How services are grouped. The slug is the URL's word (`/tisk?podle=obec`, `/sluzby?podle=abc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Grouping {
    #[default]
    Type,
    Municipality,
    TargetGroup,
    Alphabet,
}

impl Grouping {
    pub const ALL: [Grouping; 4] =
        [Grouping::Type, Grouping::Municipality, Grouping::TargetGroup, Grouping::Alphabet];

    pub fn slug(self) -> &'static str {
        match self {
            Grouping::Type => "druh",
            Grouping::Municipality => "obec",
            Grouping::TargetGroup => "skupina",
            Grouping::Alphabet => "abc",
        }
    }

    /// The grouping for a URL word; an unknown or missing one is by type.
    pub fn from_slug(s: &str) -> Grouping {
        Grouping::ALL.into_iter().find(|g| g.slug() == s).unwrap_or_default()
    }
}

/// A heading: data, worded by the renderers.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupKey {
    Law(&'static LawType),
    Category(&'static Category),
    /// A service whose type the tables do not know (validation rejects these; kept so none is lost).
    Unclassified,
    Municipality {
        id: String,
        name: String,
    },
    /// Services with no address in any municipality of the region.
    Elsewhere,
    TargetGroup(TargetGroup),
    NoTargetGroup,
    /// First letter of the name (folded, upper case).
    Letter(char),
}

impl GroupKey {
    /// The legal type or category of a service.
    pub fn kind_of(s: &Service) -> GroupKey {
        if let Some(t) = s.law_section.as_deref().and_then(law::law_type) {
            GroupKey::Law(t)
        } else if let Some(c) = s.category.as_deref().and_then(law::category) {
            GroupKey::Category(c)
        } else {
            GroupKey::Unclassified
        }
    }

    /// A stable fragment id for links from the table of contents (ASCII, no spaces).
    pub fn anchor(&self) -> String {
        let tail = match self {
            GroupKey::Law(t) => format!("par-{}", t.section),
            GroupKey::Category(c) => format!("kat-{}", c.id),
            GroupKey::Unclassified => "jine".into(),
            GroupKey::Municipality { id, .. } => format!("obec-{}", fold(id)),
            GroupKey::Elsewhere => "jinde".into(),
            GroupKey::TargetGroup(g) => format!("sk-{}", g.slug()),
            GroupKey::NoTargetGroup => "sk-jine".into(),
            GroupKey::Letter(c) => format!("p-{c}"),
        };
        let safe = tail
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' })
            .collect::<String>();
        format!("g-{safe}")
    }
}

/// Indices of `keys` in ascending order of the keys (stable), through the program's one sort
/// (`domain::sort`).
pub fn order(keys: &[String]) -> Vec<usize> {
    crate::domain::sort::order(keys.len(), &mut |a, b| keys[a].cmp(&keys[b]))
        .into_iter()
        .map(|i| i as usize)
        .collect()
}

/// Indices of `names` in alphabetical order ignoring case and diacritics.
pub(super) fn by_folded<'a>(names: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let keys: Vec<String> = names.map(fold).collect();
    order(&keys)
}

/// Whether an address lies in municipality `m`: by its id, or by the town's name when it has none.
pub(super) fn located_in(a: &Address, m: &Municipality) -> bool {
    match &a.municipality {
        Some(id) => *id == m.id,
        None => fold(&a.city) == fold(&m.name),
    }
}

/// The services (indices into `snap.services`, alphabetical within a heading) under each non-empty heading.
/// By type and by municipality every service is under exactly one heading; by target group a service is
/// under each of its groups.
pub fn groups(snap: &Snapshot, grouping: Grouping) -> Vec<(GroupKey, Vec<usize>)> {
    let sorted = by_folded(snap.services.iter().map(|s| s.name.as_str()));
    let pick = |f: &dyn Fn(&Service) -> bool| -> Vec<usize> {
        sorted.iter().copied().filter(|i| snap.services.get(*i).is_some_and(f)).collect()
    };
    let keys: Vec<GroupKey> = match grouping {
        Grouping::Type => law::LAW_TYPES
            .iter()
            .map(GroupKey::Law)
            .chain(law::CATEGORIES.iter().map(GroupKey::Category))
            .chain([GroupKey::Unclassified])
            .collect(),
        Grouping::Municipality => by_folded(snap.municipalities.iter().map(|m| m.name.as_str()))
            .into_iter()
            .filter_map(|i| snap.municipalities.get(i))
            .map(|m| GroupKey::Municipality { id: m.id.clone(), name: m.name.clone() })
            .chain([GroupKey::Elsewhere])
            .collect(),
        Grouping::TargetGroup => {
            TargetGroup::ALL.into_iter().map(GroupKey::TargetGroup).chain([GroupKey::NoTargetGroup]).collect()
        }
        Grouping::Alphabet => {
            let mut letters: Vec<char> =
                sorted.iter().filter_map(|i| snap.services.get(*i)).map(|s| first_letter(&s.name)).collect();
            letters.dedup();
            letters.into_iter().map(GroupKey::Letter).collect()
        }
    };
    keys.into_iter()
        .map(|key| {
            let list = pick(&|s| belongs(snap, s, &key));
            (key, list)
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

fn first_letter(name: &str) -> char {
    fold(name).chars().find(|c| c.is_alphanumeric()).map(|c| c.to_ascii_uppercase()).unwrap_or('#')
}

/// The municipality a service is listed under: that of its first address in the region.
fn home<'a>(snap: &'a Snapshot, s: &Service) -> Option<&'a Municipality> {
    s.locations.iter().find_map(|l| snap.municipalities.iter().find(|m| located_in(&l.address, m)))
}

fn belongs(snap: &Snapshot, s: &Service, key: &GroupKey) -> bool {
    match key {
        GroupKey::Law(_) | GroupKey::Category(_) | GroupKey::Unclassified => GroupKey::kind_of(s) == *key,
        GroupKey::Municipality { id, .. } => home(snap, s).is_some_and(|m| m.id == *id),
        GroupKey::Elsewhere => home(snap, s).is_none(),
        GroupKey::TargetGroup(g) => s.target_groups.contains(g),
        GroupKey::NoTargetGroup => s.target_groups.is_empty(),
        GroupKey::Letter(c) => first_letter(&s.name) == *c,
    }
}

/// One page of the browsable catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct BrowsePage {
    /// Services in the catalogue (each counted once, whatever the grouping).
    pub services: usize,
    /// 1-based page shown (the requested one, kept within 1..=pages).
    pub page: usize,
    pub pages: usize,
    /// The headings on this page with their services; a heading split across pages is repeated.
    pub sections: Vec<(GroupKey, Vec<usize>)>,
}

/// Page `page` (1-based) of `per_page` listed services of the catalogue grouped by `grouping`. There is no
/// upper limit: the last page ends with the last service.
pub fn browse(snap: &Snapshot, grouping: Grouping, page: usize, per_page: usize) -> BrowsePage {
    let per_page = per_page.max(1);
    let all = groups(snap, grouping);
    let flat: Vec<(usize, usize)> =
        all.iter().enumerate().flat_map(|(g, (_, list))| list.iter().map(move |s| (g, *s))).collect();
    let pages = flat.len().div_ceil(per_page).max(1);
    let page = page.clamp(1, pages);
    let mut sections: Vec<(GroupKey, Vec<usize>)> = Vec::new();
    for (g, s) in flat.into_iter().skip((page - 1) * per_page).take(per_page) {
        match sections.last_mut() {
            Some((k, list)) if all.get(g).is_some_and(|(key, _)| key == k) => list.push(s),
            _ => {
                if let Some((key, _)) = all.get(g) {
                    sections.push((key.clone(), vec![s]));
                }
            }
        }
    }
    BrowsePage { services: snap.services.len(), page, pages, sections }
}
