//! What can go wrong with the on-device store, classified by the error's *name*: browsers report the same
//! failure through different classes (Chrome may abort a transaction with an `AbortError` whose cause is
//! the quota; Firefox names it `QuotaExceededError`, older engines `NS_ERROR_DOM_QUOTA_REACHED`).

use std::fmt;

/// Why the store could not do what was asked. Every case leaves what was stored before untouched.
#[derive(Debug, Clone, PartialEq)]
pub enum StoreError {
    /// No IndexedDB here (private mode, disabled, blocked by another tab for too long): the app runs
    /// from memory for this visit.
    Unavailable(String),
    /// The device or the browser's share for this site is full.
    Quota,
    /// The database was upgraded by a newer version of the app, open in another tab. This tab reloads
    /// once to fetch that version; if it still runs the old one (offline), it keeps the catalogue in memory
    /// only (comments go to localStorage, see `ui::outbox`).
    Newer,
    /// Any other failure; carries the browser's name and message for the notice.
    Failed(String),
    /// The catalogue may not replace the stored one (another region's, or older): nothing was changed.
    Refused(crate::domain::manifest::Refusal),
}

impl StoreError {
    /// Classifies a failure from the error's name and message, and the transaction's own error name if
    /// there is one (Chrome puts the real cause there and reports `AbortError` on the request).
    pub fn classify(name: &str, message: &str, tx_error: Option<&str>) -> StoreError {
        let quota = |n: &str| n == "QuotaExceededError" || n == "NS_ERROR_DOM_QUOTA_REACHED";
        if quota(name)
            || tx_error.is_some_and(quota)
            || crate::domain::text::case::lowercase(message).contains("quota")
        {
            return StoreError::Quota;
        }
        match name {
            // Thrown by `open` where storage is off, and by a connection the browser closed under us.
            "SecurityError" | "InvalidStateError" | "UnknownError" => {
                StoreError::Unavailable(format!("{name}: {message}"))
            }
            _ => StoreError::Failed(format!("{name}: {message}")),
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable(why) => write!(f, "IndexedDB unavailable ({why})"),
            StoreError::Quota => f.write_str("storage quota exceeded"),
            StoreError::Newer => f.write_str("the database was upgraded by a newer app version"),
            StoreError::Failed(why) => f.write_str(why),
            StoreError::Refused(why) => write!(f, "refused: {why:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::StoreError::*;
    use super::*;

    #[test]
    fn quota_is_recognised_by_name_or_by_the_transaction_cause() {
        assert_eq!(StoreError::classify("QuotaExceededError", "", None), Quota);
        assert_eq!(
            StoreError::classify("AbortError", "The transaction was aborted", Some("QuotaExceededError")),
            Quota
        );
        assert_eq!(StoreError::classify("AbortError", "Quota exceeded.", None), Quota);
        assert_eq!(StoreError::classify("NS_ERROR_DOM_QUOTA_REACHED", "", None), Quota);
    }

    #[test]
    fn other_failures_keep_their_name() {
        assert!(matches!(StoreError::classify("InvalidStateError", "closing", None), Unavailable(_)));
        assert_eq!(StoreError::classify("DataError", "bad key", None), Failed("DataError: bad key".into()));
        assert_eq!(StoreError::classify("AbortError", "aborted", None).to_string(), "AbortError: aborted");
    }
}
