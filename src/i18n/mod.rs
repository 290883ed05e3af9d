//! All UI text, one module per language (Czech first, then English), and the plural rules. Components never
//! hold literal text: they read a `Strings` table chosen by `Lang`. Plain Rust, tested natively.

mod booklet;
mod cs;
mod names;
pub use names::TextSize;
mod en;
mod why;

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Cs,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Cs => "cs",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "cs" => Some(Lang::Cs),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Cs => &cs::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }

    /// Chooses the plural form: Czech has 1 / 2–4 / 5+ (and 0), English 1 / other.
    pub fn plural<'a>(self, n: usize, forms: &Plural<'a>) -> &'a str {
        match self {
            Lang::Cs => match n {
                1 => forms.one,
                2..=4 => forms.few,
                _ => forms.many,
            },
            Lang::En => {
                if n == 1 {
                    forms.one
                } else {
                    forms.many
                }
            }
        }
    }

    /// "3 služby", "5 služeb", "1 service".
    pub fn count(self, n: usize, forms: &Plural<'_>) -> String {
        format!("{n}\u{a0}{}", self.plural(n, forms))
    }
}

/// The word forms for a counted noun: Czech one (1), few (2–4) and many (0, 5+); English uses one and many.
#[derive(Debug, Clone, Copy)]
pub struct Plural<'a> {
    pub one: &'a str,
    pub few: &'a str,
    pub many: &'a str,
}

macro_rules! strings {
    ($( $(#[$doc:meta])* $name:ident ),* $(,)?) => {
        /// Every UI string. Adding a field forces both languages to provide it.
        #[derive(Debug)]
        pub struct Strings {
            $( $(#[$doc])* pub $name: &'static str, )*
            pub services: Plural<'static>,
            pub results: Plural<'static>,
            pub municipalities: Plural<'static>,
        }

        impl Strings {
            /// Every plain string with its field name, for tests.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($name), self.$name) ),*]
            }
        }
    };
}

include!("fields.rs");

impl Strings {
    /// The words for a comment field's error: the form shows them, the receiver puts them in its replies.
    pub fn comment_error(&self, e: crate::domain::comment::CommentError) -> &'static str {
        use crate::domain::comment::CommentError::*;
        match e {
            TextMissing => self.err_text_missing,
            TextTooShort => self.err_text_short,
            TextTooLong => self.err_text_long,
            NameTooLong => self.err_name_long,
            EmailInvalid => self.err_email,
            MunicipalityTooLong => self.err_municipality_long,
        }
    }
}

#[cfg(test)]
mod tests;
