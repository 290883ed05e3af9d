//! The guided finder: a few plain questions (who needs help, how old, what is happening, where, what
//! kind of help), turned into a search. Answers live in the URL so every step survives reload and the
//! back button; life situations are written there as opaque codes ("s3") so that a shared or
//! remembered address never says "domácí násilí". The finder never ends empty: the municipal office is
//! the last card (a catalogue without offices gets general advice and the crisis lines instead).

use crate::domain::index::Index;
use crate::domain::offices::{office_card, OfficeCard, OfficeReason};
use crate::domain::rank::{Extra, Hit, Query};
use crate::domain::snapshot::{Form, Snapshot, TargetGroup};

mod step;
pub use step::Step;

/// Who needs help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Me,
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeGroup {
    /// 0–17 years.
    Child,
    /// 18–64 years.
    Adult,
    /// 65 and over.
    Senior,
}

impl AgeGroup {
    /// The age band a service's age range must overlap.
    pub fn band(self) -> (u8, u8) {
        match self {
            AgeGroup::Child => (0, 17),
            AgeGroup::Adult => (18, 64),
            AgeGroup::Senior => (65, u8::MAX),
        }
    }

    /// Target groups that fit the age, used to rank (never to cut).
    fn groups(self) -> &'static [TargetGroup] {
        match self {
            AgeGroup::Child => &[TargetGroup::Deti, TargetGroup::Mladez, TargetGroup::RodinySDetmi],
            AgeGroup::Adult => &[TargetGroup::Dospeli],
            AgeGroup::Senior => &[TargetGroup::Seniori],
        }
    }
}

/// The kind of help wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpKind {
    /// Someone comes home (terénní).
    AtHome,
    /// The person goes somewhere (ambulantní).
    Visit,
    /// The person stays (pobytová).
    Stay,
    /// By phone or online.
    Phone,
}

/// The finder's answers; `None` or empty means "Nevím" or skipped.
#[derive(Default, Clone, PartialEq, Debug)]
pub struct Answers {
    pub who: Option<Who>,
    pub age: Option<AgeGroup>,
    /// Life situation ids.
    pub situations: Vec<String>,
    /// Municipality id.
    pub municipality: Option<String>,
    pub help: Vec<HelpKind>,
}

/// The finder's outcome: crisis flag, ranked services and the office card, whenever the catalogue
/// lists an office (an HSDS import lists none: defect 11, the office used to be invented as index 0).
#[derive(Debug, Clone, PartialEq)]
pub struct FinderResult {
    pub crisis_first: bool,
    pub hits: Vec<Hit>,
    pub office: Option<OfficeCard>,
}

const WHO: [(Who, &str); 2] = [(Who::Me, "ja"), (Who::Close, "blizky")];
const AGE: [(AgeGroup, &str); 3] =
    [(AgeGroup::Child, "dite"), (AgeGroup::Adult, "dospely"), (AgeGroup::Senior, "senior")];
const HELP: [(HelpKind, &str); 4] = [
    (HelpKind::AtHome, "doma"),
    (HelpKind::Visit, "dochazet"),
    (HelpKind::Stay, "pobyt"),
    (HelpKind::Phone, "telefon"),
];

fn code<T: PartialEq + Copy>(table: &[(T, &'static str)], v: T) -> &'static str {
    table.iter().find(|(x, _)| *x == v).map_or("", |(_, c)| c)
}

fn decode<T: Copy>(table: &[(T, &'static str)], s: &str) -> Option<T> {
    table.iter().find(|(_, c)| *c == s).map(|(x, _)| *x)
}

impl Answers {
    /// The search these answers describe. The age group is not a `Query` filter (a single age would
    /// wrongly exclude); `run_finder` applies it as an overlapping age band.
    pub fn to_query(&self, limit: usize) -> Query {
        let forms = self
            .help
            .iter()
            .filter_map(|h| match h {
                HelpKind::AtHome => Some(Form::Terenni),
                HelpKind::Visit => Some(Form::Ambulantni),
                HelpKind::Stay => Some(Form::Pobytova),
                HelpKind::Phone => None,
            })
            .collect();
        Query {
            municipality: self.municipality.clone(),
            forms,
            by_phone: self.help.contains(&HelpKind::Phone),
            situations: self.situations.clone(),
            limit,
            ..Query::default()
        }
    }

    /// URL parameters (kdo, vek, situace, obec, pomoc). Situations are written as their position in
    /// `snapshot.life_situations` ("s1", "s2"…), so the address never names a sensitive situation.
    pub fn to_params(&self, snapshot: &Snapshot) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(w) = self.who {
            out.push((Step::Who.slug(), code(&WHO, w).to_string()));
        }
        if let Some(a) = self.age {
            out.push((Step::Age.slug(), code(&AGE, a).to_string()));
        }
        let sits: Vec<String> = self
            .situations
            .iter()
            .filter_map(|id| snapshot.life_situations.iter().position(|s| &s.id == id))
            .map(|p| format!("s{}", p + 1))
            .collect();
        if !sits.is_empty() {
            out.push((Step::Situation.slug(), sits.join(",")));
        }
        if let Some(m) = &self.municipality {
            out.push((Step::Municipality.slug(), m.clone()));
        }
        if !self.help.is_empty() {
            let help: Vec<&str> = self.help.iter().map(|h| code(&HELP, *h)).collect();
            out.push((Step::Help.slug(), help.join(",")));
        }
        out
    }

    /// Reads answers back from URL parameters, ignoring anything unknown or malformed.
    pub fn from_params(params: &[(String, String)], snapshot: &Snapshot) -> Answers {
        let mut a = Answers::default();
        for (k, v) in params {
            let Some(step) = Step::from_slug(k) else { continue };
            match step {
                Step::Who => a.who = decode(&WHO, v),
                Step::Age => a.age = decode(&AGE, v),
                Step::Situation => {
                    for c in v.split(',') {
                        let pos = c.trim().strip_prefix('s').and_then(|n| n.parse::<usize>().ok());
                        let sit =
                            pos.and_then(|p| p.checked_sub(1)).and_then(|p| snapshot.life_situations.get(p));
                        if let Some(s) = sit {
                            if !a.situations.contains(&s.id) {
                                a.situations.push(s.id.clone());
                            }
                        }
                    }
                }
                Step::Municipality => {
                    a.municipality = crate::domain::offices::find_municipality(snapshot, v)
                        .and_then(|i| snapshot.municipalities.get(i))
                        .map(|m| m.id.clone());
                }
                Step::Help => {
                    for h in v.split(',').filter_map(|c| decode(&HELP, c.trim())) {
                        if !a.help.contains(&h) {
                            a.help.push(h);
                        }
                    }
                }
            }
        }
        a
    }
}

/// Runs the finder: situations rank services by their types, categories and groups; municipality,
/// forms and the age band cut. The office card, when the catalogue has offices, is the last card.
pub fn run_finder(index: &Index, snapshot: &Snapshot, answers: &Answers) -> FinderResult {
    let query = answers.to_query(0);
    let mut prefer: Vec<TargetGroup> = answers.age.map(|a| a.groups().to_vec()).unwrap_or_default();
    if answers.who == Some(Who::Close) {
        prefer.push(TargetGroup::Pecujici);
    }
    let extra = Extra { age_band: answers.age.map(AgeGroup::band), prefer };
    let result = index.search_extra(snapshot, &query, &extra);
    let hits = result.hits;
    let reason = if hits.is_empty() { OfficeReason::NoMatch } else { OfficeReason::Always };
    let office = office_card(snapshot, answers.municipality.as_deref(), reason);
    FinderResult { crisis_first: result.crisis_first, hits, office }
}
