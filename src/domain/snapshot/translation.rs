//! Translations of catalogue content: the publisher writes services, life situations and news in Czech
//! and may add other languages per record. The app shows the UI language's text when there is one and
//! otherwise the Czech original, marked with its language (`localized`).

use std::fmt;
use std::marker::PhantomData;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Languages a translation may be in: the UI's languages.
pub const TRANSLATION_LANGS: [&str; 3] = ["cs", "en", "uk"];

/// Translations by language code (`{"en": …, "uk": …}` in JSON), in the order written. A list rather
/// than a map: a `BTreeMap` per value type cost the browser build some kilobytes for two or three
/// entries. Validation reports a language given twice.
#[derive(Debug, Clone, PartialEq)]
pub struct Translations<T>(pub Vec<(String, T)>);

impl<T> Default for Translations<T> {
    fn default() -> Self {
        Translations(Vec::new())
    }
}

impl<T> Translations<T> {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The translation into `code`, with the code as stored.
    pub fn get_key_value(&self, code: &str) -> Option<(&String, &T)> {
        self.0.iter().find(|(c, _)| c == code).map(|(c, t)| (c, t))
    }

    /// Sets the translation into `code`, replacing an earlier one.
    pub fn insert(&mut self, code: String, t: T) {
        match self.0.iter_mut().find(|(c, _)| *c == code) {
            Some(slot) => slot.1 = t,
            None => self.0.push((code, t)),
        }
    }
}

impl<T: Serialize> Serialize for Translations<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Translations<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Entries<T> {
            type Value = Translations<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of translations by language code")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, T>()? {
                    out.push(entry);
                }
                Ok(Translations(out))
            }
        }
        d.deserialize_map(Entries(PhantomData))
    }
}

/// The schema says what the JSON is: an object of translations by language code.
#[cfg(not(target_arch = "wasm32"))]
impl<T: schemars::JsonSchema> schemars::JsonSchema for Translations<T> {
    fn inline_schema() -> bool {
        <std::collections::BTreeMap<String, T>>::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<String, T>>::schema_name()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<String, T>>::json_schema(g)
    }
}

/// A service's or life situation's name and description in another language; either may be missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TextTranslation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A news item's title and text in another language; either may be missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NewsTranslation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// The text to show in UI language `lang`, and the language it is in: the translation's field when the
/// record has one for `lang`, else the Czech original (`"cs"`), which the UI then marks as Czech.
pub fn localized<'a, T>(
    czech: &'a str,
    translations: &'a Translations<T>,
    lang: &str,
    field: impl Fn(&'a T) -> Option<&'a String>,
) -> (&'a str, &'a str) {
    translations
        .get_key_value(lang)
        .and_then(|(code, t)| field(t).filter(|s| !s.trim().is_empty()).map(|s| (s.as_str(), code.as_str())))
        .unwrap_or((czech, "cs"))
}

impl TextTranslation {
    fn name(&self) -> Option<&String> {
        self.name.as_ref()
    }
    fn description(&self) -> Option<&String> {
        self.description.as_ref()
    }
}

impl NewsTranslation {
    fn title(&self) -> Option<&String> {
        self.title.as_ref()
    }
    fn text(&self) -> Option<&String> {
        self.text.as_ref()
    }
}

/// (text, language code) pairs for the UI language `lang`; see `localized`.
impl super::Service {
    pub fn name_in(&self, lang: &str) -> (&str, &str) {
        localized(&self.name, &self.translations, lang, TextTranslation::name)
    }
    pub fn description_in(&self, lang: &str) -> (&str, &str) {
        localized(&self.description, &self.translations, lang, TextTranslation::description)
    }
}

impl super::LifeSituation {
    pub fn name_in(&self, lang: &str) -> (&str, &str) {
        localized(&self.name, &self.translations, lang, TextTranslation::name)
    }
    pub fn description_in(&self, lang: &str) -> (&str, &str) {
        localized(&self.description, &self.translations, lang, TextTranslation::description)
    }
}

impl super::NewsItem {
    pub fn title_in(&self, lang: &str) -> (&str, &str) {
        localized(&self.title, &self.translations, lang, NewsTranslation::title)
    }
    pub fn text_in(&self, lang: &str) -> (&str, &str) {
        localized(&self.text, &self.translations, lang, NewsTranslation::text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uk(name: &str) -> Translations<TextTranslation> {
        let t = TextTranslation { name: Some(name.into()), description: None };
        Translations(vec![("uk".to_string(), t)])
    }

    #[test]
    fn translation_in_ui_language_else_czech_marked_cs() {
        let tr = uk("Служба догляду");
        let (name, description) = (TextTranslation::name, TextTranslation::description);
        assert_eq!(localized("Pečovatelská služba", &tr, "uk", name), ("Служба догляду", "uk"));
        assert_eq!(localized("Pečovatelská služba", &tr, "en", name), ("Pečovatelská služba", "cs"));
        assert_eq!(localized("Popis", &tr, "uk", description), ("Popis", "cs"), "a missing field falls back");
        assert_eq!(localized("Popis", &uk(" "), "uk", name), ("Popis", "cs"), "a blank one too");
    }
}
