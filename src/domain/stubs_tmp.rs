// TEMPORARY stubs so the UI type-checks before the real modules are merged. Never committed.
pub mod index {
    use crate::domain::rank::{Query, SearchResult};
    use crate::domain::snapshot::Snapshot;
    pub struct Index;
    impl Index {
        pub fn build(_: &Snapshot) -> Index { Index }
        pub fn search(&self, _: &Snapshot, _: &Query) -> SearchResult { unimplemented!() }
        pub fn suggest(&self, _: &str, _: usize) -> Vec<String> { vec![] }
        pub fn memory_bytes(&self) -> usize { 0 }
    }
}
pub mod rank {
    use crate::domain::offices::OfficeCard;
    use crate::domain::snapshot::{Form, TargetGroup};
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct Query { pub text: String, pub municipality: Option<String>, pub target_group: Option<TargetGroup>, pub age: Option<u8>, pub forms: Vec<Form>, pub by_phone: bool, pub free_only: bool, pub situations: Vec<String>, pub limit: usize }
    #[derive(Debug, Clone, PartialEq)]
    pub struct Hit { pub service: usize, pub score: f32, pub why: Vec<String> }
    #[derive(Debug, Clone, PartialEq)]
    pub struct SearchResult { pub hits: Vec<Hit>, pub total: usize, pub office: Option<OfficeCard>, pub crisis_first: bool, pub matched_terms: Vec<String> }
}
pub mod offices {
    use crate::domain::snapshot::Snapshot;
    #[derive(Debug, Clone, PartialEq)]
    pub struct OfficeCard { pub office: usize, pub municipality: Option<usize> }
    pub fn office_for(_: &Snapshot, _: Option<&str>) -> Vec<usize> { vec![] }
    pub fn find_municipality(_: &Snapshot, _: &str) -> Option<usize> { None }
}
pub mod finder {
    use crate::domain::index::Index;
    use crate::domain::offices::OfficeCard;
    use crate::domain::rank::Hit;
    use crate::domain::snapshot::Snapshot;
    #[derive(Debug, Clone, Copy, PartialEq)] pub enum Who { Me, Close }
    #[derive(Debug, Clone, Copy, PartialEq)] pub enum AgeGroup { Child, Adult, Senior }
    #[derive(Debug, Clone, Copy, PartialEq)] pub enum HelpKind { AtHome, Visit, Stay, Phone }
    #[derive(Default, Clone, PartialEq, Debug)]
    pub struct Answers { pub who: Option<Who>, pub age: Option<AgeGroup>, pub situations: Vec<String>, pub municipality: Option<String>, pub help: Vec<HelpKind> }
    impl Answers {
        pub fn to_params(&self, _: &Snapshot) -> Vec<(&'static str, String)> { vec![] }
        pub fn from_params(_: &[(String, String)], _: &Snapshot) -> Answers { Answers::default() }
    }
    pub struct FinderResult { pub crisis_first: bool, pub hits: Vec<Hit>, pub office: OfficeCard }
    pub fn run_finder(_: &Index, _: &Snapshot, _: &Answers) -> FinderResult { unimplemented!() }
}
pub mod lexicon {
    pub fn explain(_: &str) -> Option<&'static str> { None }
}
pub mod text { pub fn fold(s: &str) -> String { s.to_lowercase() } }
pub mod href { pub fn safe_href(s: &str) -> Option<String> { Some(s.to_string()) } }
pub mod date {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub struct Date { pub year: u16, pub month: u8, pub day: u8 }
    impl Date { pub fn parse(_: &str) -> Option<Date> { None } pub fn format_cs(&self) -> String { String::new() } }
}
pub mod validate {
    use crate::domain::snapshot::Snapshot;
    pub struct Validated { pub snapshot: Snapshot }
    pub struct Report;
    pub fn validate_bytes(_: &[u8]) -> Result<Validated, Report> { Err(Report) }
}
