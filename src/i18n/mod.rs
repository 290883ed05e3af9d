//! All UI text, one module per language (Czech, then Ukrainian and English), and the plural rules.
//! Components never hold literal text: they read a `Strings` table chosen by `Lang`. Plain Rust, tested
//! natively.
//!
//! Czech is compiled into the app. Ukrainian and English are compiled only natively: `pack` turns them into
//! language packs (JSON files the app loads when a person chooses the language, cached for offline use), so
//! the first load does not carry two languages nobody may need. A missing string is still a compile error,
//! because each language is a `Strings` literal with every field.

mod booklet;
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
mod booklet_words;
mod cs;
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
mod en;
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
pub mod files_words;
mod names;
pub mod pack;
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
mod uk;
pub use names::TextSize;
mod hours;
mod types;
mod why;

// The app's own content in English and Ukrainian, native only (and in the booklet module, `all-langs`):
// language packs are generated from it.
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
pub mod content;
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
pub mod content_en;
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
pub mod content_uk;

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Cs,
    Uk,
    En,
}

impl Lang {
    /// In the order the settings offer them.
    pub const ALL: [Lang; 3] = [Lang::Cs, Lang::Uk, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Cs => "cs",
            Lang::Uk => "uk",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself, as language choosers show it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::Cs => "Čeština",
            Lang::Uk => "Українська",
            Lang::En => "English",
        }
    }

    /// The texts of this language; Czech while the language's pack is not loaded (see `pack`).
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Cs => &cs::STRINGS,
            _ => pack::strings(self).unwrap_or(&cs::STRINGS),
        }
    }

    /// Chooses the plural form by the CLDR rules for whole numbers. Czech: one (1), few (2–4), other (0,
    /// 5+). Ukrainian: one (1, 21, 31, … but not 11), few (2–4, 22–24, … but not 12–14), many (the
    /// rest). English: one (1), other. `Plural::many` holds Czech and English "other".
    pub fn plural<'a>(self, n: usize, forms: &Plural<'a>) -> &'a str {
        let (last, last_two) = (n % 10, n % 100);
        match self {
            Lang::Cs => match n {
                1 => forms.one,
                2..=4 => forms.few,
                _ => forms.many,
            },
            Lang::Uk if last == 1 && last_two != 11 => forms.one,
            Lang::Uk if (2..=4).contains(&last) && !(12..=14).contains(&last_two) => forms.few,
            Lang::Uk => forms.many,
            Lang::En if n == 1 => forms.one,
            Lang::En => forms.many,
        }
    }

    /// "3 služby", "5 služeb", "1 service".
    pub fn count(self, n: usize, forms: &Plural<'_>) -> String {
        format!("{n}\u{a0}{}", self.plural(n, forms))
    }
}

/// The word forms for a counted noun: one, few and many (Czech and English "other"); English uses one and
/// many.
#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub struct Plural<'a> {
    pub one: &'a str,
    pub few: &'a str,
    pub many: &'a str,
}

macro_rules! strings {
    ($( $(#[$doc:meta])* $name:ident ),* $(,)?) => {
        strings!(@table [$( $(#[$doc])* $name )*]
            [services results municipalities cap_clients cap_beds cap_contacts cap_interventions cap_calls]);
    };
    (@table [$( $(#[$doc:meta])* $name:ident )*] [$( $plural:ident )*]) => {
        /// Every UI string. Adding a field forces every language to provide it. `repr(C)` for
        /// `from_texts`.
        #[derive(Debug)]
        #[repr(C)]
        pub struct Strings {
            $( $(#[$doc])* pub $name: &'static str, )*
            $( pub $plural: Plural<'static>, )*
        }

        impl Strings {
            /// Every plain string with its field name, for tests.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($name), self.$name) ),*]
            }

            /// Every text in field order, plural forms last (one, few, many each): a language pack's body.
            pub fn texts(&self) -> Vec<&'static str> {
                let mut v = vec![$( self.$name ),*];
                $( v.extend([self.$plural.one, self.$plural.few, self.$plural.many]); )*
                v
            }

            /// The table from texts in `texts()` order; `None` when their number differs (a pack from
            /// another build).
            pub fn from_texts(texts: Vec<&'static str>) -> Option<Strings> {
                let texts: [&'static str; TEXT_COUNT] = texts.try_into().ok()?;
                // SAFETY: `Strings` is `repr(C)` and holds only `&'static str` fields followed by
                // `Plural<'static>` fields, `repr(C)` structs of three `&'static str`. All of them have the
                // same size and alignment, so the layout is exactly `[&'static str; TEXT_COUNT]` in
                // declaration order, which is `texts()` order (`pack_round_trips_every_language` checks
                // it); `transmute` checks the sizes when compiling. Building the struct field by field
                // instead costs about 14 KB of wasm for 270 fields.
                Some(unsafe { std::mem::transmute::<[&'static str; TEXT_COUNT], Strings>(texts) })
            }
        }

        /// How many texts a table holds: one per field, three per plural.
        pub const TEXT_COUNT: usize =
            [$( stringify!($name) ),*].len() + 3 * [$( stringify!($plural) ),*].len();
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
