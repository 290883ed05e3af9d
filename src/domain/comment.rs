//! A citizen's comment on the plan: the fields, their limits, their cleaning and validation, and the shape
//! of an idempotency key. Shared by the comment form (browser), the
//! `pripominky` receiver (server) and tests, so the form and the server never disagree about a limit.

use serde::{Deserialize, Serialize};

/// Limits in characters (Unicode scalar values), never UTF-16 units: "😀" is one character.
pub const MAX_TEXT: usize = 5000;
pub const MIN_TEXT: usize = 10;
pub const MAX_NAME: usize = 200;
pub const MAX_MUNICIPALITY: usize = 200;
/// The longest address SMTP can carry (RFC 5321, forward-path).
pub const MAX_EMAIL: usize = 254;

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
    MunicipalityTooLong,
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
            CommentError::MunicipalityTooLong => "comment-municipality",
        }
    }

    /// A stable machine code, for the receiver's problem reports.
    pub fn code(self) -> &'static str {
        match self {
            CommentError::TextMissing => "missing",
            CommentError::TextTooShort => "too_short",
            CommentError::TextTooLong | CommentError::NameTooLong | CommentError::MunicipalityTooLong => {
                "too_long"
            }
            CommentError::EmailInvalid => "invalid",
        }
    }
}

/// Bidirectional embedding, override and isolate controls: invisible, and able to make a text read
/// differently from what it says ("Trojan Source"). A comment never needs them.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A field with line breaks normalised to `\n` (Word pastes `\r` and vertical tabs), other control and
/// bidi-control characters removed, and outer white space trimmed. `multiline: false` turns breaks and
/// tabs into spaces. Cleaning only removes or replaces characters, so it never makes a field longer.
pub fn clean_field(s: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            '\r' if chars.peek() == Some(&'\n') => continue,
            '\r' | '\n' | '\u{0B}' | '\u{0C}' | '\u{2028}' | '\u{2029}' => '\n',
            '\t' => '\t',
            c if c.is_control() || is_bidi_control(c) => continue,
            c => c,
        };
        out.push(if !multiline && (c == '\n' || c == '\t') { ' ' } else { c });
    }
    out.trim().to_string()
}

impl CommentDraft {
    /// The draft as it is stored and sent: every field cleaned (see `clean_field`).
    pub fn cleaned(&self) -> CommentDraft {
        CommentDraft {
            name: clean_field(&self.name, false),
            email: clean_field(&self.email, false),
            municipality: clean_field(&self.municipality, false),
            text: clean_field(&self.text, true),
        }
    }
}

/// Every problem with the draft, in the order of the form's fields. Lengths are those of the cleaned
/// fields, so the form and the receiver (which stores the cleaned draft) agree.
pub fn validate_comment(d: &CommentDraft) -> Vec<CommentError> {
    let d = d.cleaned();
    let mut errors = Vec::new();
    if d.name.chars().count() > MAX_NAME {
        errors.push(CommentError::NameTooLong);
    }
    if !d.email.is_empty() && (d.email.chars().count() > MAX_EMAIL || !plausible_email(&d.email)) {
        errors.push(CommentError::EmailInvalid);
    }
    if d.municipality.chars().count() > MAX_MUNICIPALITY {
        errors.push(CommentError::MunicipalityTooLong);
    }
    let text = d.text.chars().count();
    if text == 0 {
        errors.push(CommentError::TextMissing);
    } else if text < MIN_TEXT {
        errors.push(CommentError::TextTooShort);
    } else if text > MAX_TEXT {
        errors.push(CommentError::TextTooLong);
    }
    errors
}

/// An idempotency key: 8 to 64 ASCII letters, digits or hyphens. The app makes 32 hex digits; older
/// versions and other clients may send a UUID. Anything else (quotes, spaces, SQL) is not a key.
pub fn valid_key(key: &str) -> bool {
    (8..=64).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
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

    /// Limits count characters, not UTF-16 units: 5,000 emoji (10,000 UTF-16 units) are 5,000 characters.
    #[test]
    fn limits_count_characters_not_utf16_units() {
        let emoji = "😀".repeat(MAX_TEXT);
        assert_eq!(emoji.encode_utf16().count(), 2 * MAX_TEXT);
        assert_eq!(validate_comment(&draft("", "", &emoji)), []);
        let over = "😀".repeat(MAX_TEXT + 1);
        assert_eq!(validate_comment(&draft("", "", &over)), [CommentError::TextTooLong]);
        assert_eq!(validate_comment(&draft(&"é".repeat(MAX_NAME), "", &emoji)), []);
        let muni = CommentDraft { municipality: "Ř".repeat(MAX_MUNICIPALITY + 1), ..draft("", "", &emoji) };
        assert_eq!(validate_comment(&muni), [CommentError::MunicipalityTooLong]);
        let long_mail = format!("{}@example.cz", "a".repeat(MAX_EMAIL));
        assert_eq!(validate_comment(&draft("", &long_mail, &emoji)), [CommentError::EmailInvalid]);
    }

    #[test]
    fn cleaning_removes_controls_and_bidi_and_normalises_breaks() {
        assert_eq!(clean_field("  a\r\nb\rc\u{0B}d\te  ", true), "a\nb\nc\nd\te");
        assert_eq!(clean_field("Jana\nNová\t", false), "Jana Nová");
        assert_eq!(clean_field("x\u{0}y\u{7}z\u{7F}\u{85}\u{9B}", true), "xyz");
        assert_eq!(clean_field("abc\u{202E}fed\u{202C} \u{2066}g\u{2069}", true), "abcfed g");
        // Only control characters: nothing is left, so the text is missing rather than short.
        let d = draft("", "", "\u{0}\u{1}\u{202E}\u{2067}\u{1B}\u{7F}\u{9C}\u{0}\u{0}\u{0}\u{0}");
        assert_eq!(validate_comment(&d), [CommentError::TextMissing]);
        // Ten characters only with the controls counted: too short after cleaning, in the form and server alike.
        assert_eq!(validate_comment(&draft("", "", "abcdefghi\u{202E}")), [CommentError::TextTooShort]);
    }

    #[test]
    fn keys() {
        for ok in ["0123456789abcdef0123456789abcdef", "6f1c1d3e-8a4b-4c1d-9e2f-0a1b2c3d4e5f", "abcdefgh"] {
            assert!(valid_key(ok), "{ok}");
        }
        let long = "a".repeat(65);
        for bad in [
            "",
            "short",
            "abc def ghi",
            "abcdefgh'; DROP TABLE comments; --",
            "ščřžýáíéabc",
            &long,
            "abcdefgh\n",
        ] {
            assert!(!valid_key(bad), "{bad:?}");
        }
    }
}
