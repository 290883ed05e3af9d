//! A citizen's comment on the plan: the fields, their limits and their validation. Shared by the comment
//! form (browser) and tests; the outbox stores and sends what passes.

use serde::{Deserialize, Serialize};

pub const MAX_TEXT: usize = 5000;
pub const MIN_TEXT: usize = 10;
pub const MAX_NAME: usize = 200;

/// The comment as the person wrote it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CommentDraft {
    pub name: String,
    pub email: String,
    pub municipality: String,
    pub text: String,
}

/// What is wrong with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentError {
    TextMissing,
    TextTooShort,
    TextTooLong,
    NameTooLong,
    EmailInvalid,
}

impl CommentError {
    /// The form field's id, for the error summary's links.
    pub fn field(self) -> &'static str {
        match self {
            CommentError::TextMissing | CommentError::TextTooShort | CommentError::TextTooLong => {
                "comment-text"
            }
            CommentError::NameTooLong => "comment-name",
            CommentError::EmailInvalid => "comment-email",
        }
    }
}

/// Every problem with the draft, in the order of the form's fields.
pub fn validate_comment(d: &CommentDraft) -> Vec<CommentError> {
    let mut errors = Vec::new();
    if d.name.chars().count() > MAX_NAME {
        errors.push(CommentError::NameTooLong);
    }
    let email = d.email.trim();
    if !email.is_empty() && !plausible_email(email) {
        errors.push(CommentError::EmailInvalid);
    }
    let text = d.text.trim().chars().count();
    if text == 0 {
        errors.push(CommentError::TextMissing);
    } else if text < MIN_TEXT {
        errors.push(CommentError::TextTooShort);
    } else if text > MAX_TEXT {
        errors.push(CommentError::TextTooLong);
    }
    errors
}

/// One `@`, something before it, a dotted domain after it, no spaces.
fn plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty()
        && !domain.contains('@')
        && !s.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|p| !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str, email: &str, text: &str) -> CommentDraft {
        CommentDraft {
            name: name.into(),
            email: email.into(),
            municipality: String::new(),
            text: text.into(),
        }
    }

    #[test]
    fn table() {
        use CommentError::*;
        let long = "x".repeat(MAX_TEXT + 1);
        let cases: &[(CommentDraft, &[CommentError])] = &[
            (draft("", "", "Chybí nám odlehčovací služba."), &[]),
            (draft("Jana", "jana@example.org", "Chybí nám odlehčovací služba."), &[]),
            (draft("", "", ""), &[TextMissing]),
            (draft("", "", "   "), &[TextMissing]),
            (draft("", "", "krátké"), &[TextTooShort]),
            (draft("", "", &long), &[TextTooLong]),
            (draft("", "jana@", "Chybí nám odlehčovací služba."), &[EmailInvalid]),
            (draft("", "jana example@x.cz", "Chybí nám odlehčovací služba."), &[EmailInvalid]),
            (draft(&"n".repeat(MAX_NAME + 1), "a@b", ""), &[NameTooLong, EmailInvalid, TextMissing]),
        ];
        for (d, want) in cases {
            assert_eq!(validate_comment(d), *want, "{d:?}");
        }
    }
}
