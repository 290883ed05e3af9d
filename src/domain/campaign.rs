//! When a comment campaign takes comments: from its `opens` day to its `closes` day, both inclusive, in
//! whatever calendar the caller's "today" comes from (the device's in the app, Prague's in the receiver).

use crate::domain::date::Date;
use crate::domain::snapshot::CommentCampaign;

/// Whether a campaign takes comments on a given calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CampaignState {
    NotYetOpen,
    /// `opens` and `closes` are inclusive: the closing day is a whole day of comments.
    Open,
    Closed,
    /// A date in the campaign does not parse (validation prevents it; never treated as open).
    Invalid,
}

pub fn campaign_state(c: &CommentCampaign, day: Date) -> CampaignState {
    match (Date::parse(&c.opens), Date::parse(&c.closes)) {
        (Some(opens), _) if day < opens => CampaignState::NotYetOpen,
        (Some(_), Some(closes)) if day <= closes => CampaignState::Open,
        (Some(_), Some(_)) => CampaignState::Closed,
        _ => CampaignState::Invalid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn campaign_days_are_inclusive() {
        let c = CommentCampaign {
            id: "c".into(),
            document: "d".into(),
            opens: "2026-11-01".into(),
            closes: "2027-01-31".into(),
            endpoint: None,
            email: None,
        };
        let day = |s| Date::parse(s).unwrap();
        assert_eq!(campaign_state(&c, day("2026-10-31")), CampaignState::NotYetOpen);
        assert_eq!(campaign_state(&c, day("2026-11-01")), CampaignState::Open);
        assert_eq!(campaign_state(&c, day("2027-01-31")), CampaignState::Open);
        assert_eq!(campaign_state(&c, day("2027-02-01")), CampaignState::Closed);
        let broken = CommentCampaign { closes: "2027-02-30".into(), ..c };
        assert_eq!(campaign_state(&broken, day("2026-12-01")), CampaignState::Invalid);
    }
}
