//! The finder's questions, in order: one enum instead of string arrays matched by position. Each step's
//! slug is both its page (`/pruvodce/<slug>`) and the URL parameter that holds its answer; the words
//! (question, hint) are in `i18n`.

/// One question of the finder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Who,
    Age,
    Situation,
    Municipality,
    Help,
}

impl Step {
    /// The questions in the order they are asked.
    pub const ALL: [Step; 5] = [Step::Who, Step::Age, Step::Situation, Step::Municipality, Step::Help];

    /// The page segment and the URL parameter of this step's answer.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Who => "kdo",
            Step::Age => "vek",
            Step::Situation => "situace",
            Step::Municipality => "obec",
            Step::Help => "pomoc",
        }
    }

    pub fn from_slug(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.slug() == s)
    }

    /// Whether several answers may be chosen (checkboxes) rather than one (radios or a list).
    pub fn multiple(self) -> bool {
        matches!(self, Step::Situation | Step::Help)
    }

    fn position(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The question after this one; None after the last.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.position() + 1).copied()
    }

    /// The question before this one; None before the first.
    pub fn previous(self) -> Option<Step> {
        self.position().checked_sub(1).and_then(|p| Step::ALL.get(p).copied())
    }

    pub fn last() -> Step {
        Step::Help
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The URLs the finder has always used (tests/e2e/finder.spec.mjs relies on them).
    #[test]
    fn slugs_keep_the_urls_and_round_trip() {
        let slugs: Vec<&str> = Step::ALL.iter().map(|s| s.slug()).collect();
        assert_eq!(slugs, ["kdo", "vek", "situace", "obec", "pomoc"]);
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
        }
        assert_eq!(Step::from_slug("vysledky"), None);
    }

    #[test]
    fn steps_follow_each_other() {
        assert_eq!(Step::Who.previous(), None);
        assert_eq!(Step::Who.next(), Some(Step::Age));
        assert_eq!(Step::Help.previous(), Some(Step::Municipality));
        assert_eq!(Step::last().next(), None);
        assert_eq!(Step::ALL.last(), Some(&Step::last()));
    }
}
