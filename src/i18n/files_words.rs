//! The words of the catalogue in a file and of the documents kept for reading offline (issue 14): settings'
//! "Katalog v souboru" and "Dokumenty uložené pro čtení bez připojení", and each document's "Uložit pro
//! čtení bez připojení". Only the lazy module (`src/bin/booklet`) shows them, so, like `booklet_words`,
//! they are not in `Strings`: neither the app's first load nor its language packs carry them.

use super::Lang;

/// The catalogue-file and offline-document words.
#[derive(Debug)]
pub struct FilesWords {
    pub title: &'static str,
    pub load_label: &'static str,
    pub load_hint: &'static str,
    pub checking: &'static str,
    pub loaded: &'static str,
    pub rejected: &'static str,
    pub not_json: &'static str,
    pub invalid: &'static str,
    pub size_mismatch: &'static str,
    pub hash_mismatch: &'static str,
    pub newer_schema: &'static str,
    pub not_described: &'static str,
    pub unknown_region: &'static str,
    pub older: &'static str,
    pub manifest_bad: &'static str,
    pub unreadable: &'static str,
    pub one_only: &'static str,
    pub store_full: &'static str,
    pub store_off: &'static str,
    pub store_failed: &'static str,
    pub save_button: &'static str,
    pub save_hint: &'static str,
    pub saved_to: &'static str,
    pub nothing_stored: &'static str,
    pub doc_save: &'static str,
    pub doc_saved: &'static str,
    pub doc_remove: &'static str,
    pub doc_size_unknown: &'static str,
    pub doc_save_failed: &'static str,
    pub doc_storage_full: &'static str,
    pub docs_title: &'static str,
    pub docs_hint: &'static str,
    pub docs_none: &'static str,
}

impl Lang {
    /// The catalogue-file and offline-document words in this language.
    pub fn files(self) -> &'static FilesWords {
        match self {
            Lang::Cs => &CS,
            Lang::Uk => &UK,
            Lang::En => &EN,
        }
    }
}

static CS: FilesWords = FilesWords {
    title: "Katalog v\u{a0}souboru",
    load_label: "Nahrát katalog ze souboru",
    load_hint: "Soubor .json s\u{a0}katalogem (např. z\u{a0}flash disku nebo sdílené složky), případně spolu s\u{a0}jeho manifestem (.manifest.json). Funguje i\u{a0}bez připojení.",
    checking: "Kontroluji katalog…",
    loaded: "Katalog ze souboru je uložený a\u{a0}zobrazený:",
    rejected: "Soubor jsme nenačetli, nic se nezměnilo.",
    not_json: "Soubor není platný JSON (je zkrácený nebo poškozený); chyba na řádku a\u{a0}sloupci",
    invalid: "Soubor není platný katalog; první chyba je v\u{a0}místě",
    size_mismatch: "Velikost souboru neodpovídá manifestu (soubor je zkrácený nebo jiný); bajtů v\u{a0}souboru a\u{a0}v\u{a0}manifestu:",
    hash_mismatch: "Kontrolní součet SHA-256 souboru neodpovídá manifestu: soubor je poškozený nebo vyměněný.",
    newer_schema: "Katalog je pro novější verzi aplikace; aplikaci nejdříve aktualizujte.",
    not_described: "Manifest popisuje jiný katalog (jiné území nebo datum) než vybraný soubor.",
    unknown_region: "Katalog patří území, které aplikace nenabízí:",
    older: "Katalog v\u{a0}souboru je starší než ten, který máte; nechali jsme novější. Data v\u{a0}souboru a\u{a0}uložená:",
    manifest_bad: "Manifest (.manifest.json) není platný manifest katalogu.",
    unreadable: "Vybraný soubor se nepodařilo přečíst. Vyberte soubor s\u{a0}katalogem (.json).",
    one_only: "Vyberte jen jeden katalog (.json), případně s\u{a0}jeho manifestem.",
    store_full: "V\u{a0}zařízení není pro katalog místo. Uvolněte místo a\u{a0}zkuste to znovu.",
    store_off: "Prohlížeč tu nedovoluje ukládat data (například v\u{a0}anonymním okně), katalog nelze uložit.",
    store_failed: "Katalog se nepodařilo uložit:",
    save_button: "Uložit katalog do souboru",
    save_hint: "Uloží katalog tohoto území do souboru, který lze nahrát na jiném zařízení.",
    saved_to: "Katalog je uložený do souboru (najdete ho ve stažených souborech):",
    nothing_stored: "Katalog tohoto území není v\u{a0}zařízení uložený, není co uložit.",
    doc_save: "Uložit pro čtení bez připojení",
    doc_saved: "Uloženo pro čtení bez připojení.",
    doc_remove: "Odebrat",
    doc_size_unknown: "velikost neznámá",
    doc_save_failed: "Dokument se nepodařilo uložit; nic se neuložilo. Zkuste to znovu s\u{a0}připojením.",
    doc_storage_full: "V\u{a0}zařízení není pro dokument místo; nic se neuložilo. Uvolněte místo nebo odeberte jiný uložený dokument.",
    docs_title: "Dokumenty uložené pro čtení bez připojení",
    docs_hint: "Dokumenty uložíte na stránce Dokumenty. Otevřou se i\u{a0}bez připojení; smaže je i\u{a0}„Smazat moje data“.",
    docs_none: "Žádné dokumenty nejsou uložené.",
};

static UK: FilesWords = FilesWords {
    title: "Каталог у\u{a0}файлі",
    load_label: "Завантажити каталог із файлу",
    load_hint: "Файл .json із каталогом (наприклад, із флешки або спільної папки), за потреби разом із його маніфестом (.manifest.json). Працює і\u{a0}без підключення.",
    checking: "Перевіряю каталог…",
    loaded: "Каталог із файлу збережено й показано:",
    rejected: "Файл не завантажено, нічого не змінилося.",
    not_json: "Файл не є дійсним JSON (обрізаний або пошкоджений); помилка в рядку та стовпці",
    invalid: "Файл не є дійсним каталогом; перша помилка в місці",
    size_mismatch: "Розмір файлу не відповідає маніфесту (файл обрізаний або інший); байтів у файлі та в маніфесті:",
    hash_mismatch: "Контрольна сума SHA-256 файлу не відповідає маніфесту: файл пошкоджений або підмінений.",
    newer_schema: "Каталог призначений для новішої версії застосунку; спершу оновіть застосунок.",
    not_described: "Маніфест описує інший каталог (іншу територію або дату), ніж вибраний файл.",
    unknown_region: "Каталог належить території, якої застосунок не пропонує:",
    older: "Каталог у файлі старіший за той, що у вас є; ми залишили новіший. Дати у файлі та збереженого:",
    manifest_bad: "Маніфест (.manifest.json) не є дійсним маніфестом каталогу.",
    unreadable: "Вибраний файл не вдалося прочитати. Виберіть файл із каталогом (.json).",
    one_only: "Виберіть лише один каталог (.json), за потреби з\u{a0}його маніфестом.",
    store_full: "На пристрої немає місця для каталогу. Звільніть місце й спробуйте знову.",
    store_off: "Браузер тут не дозволяє зберігати дані (наприклад, в\u{a0}анонімному вікні), каталог зберегти не можна.",
    store_failed: "Каталог не вдалося зберегти:",
    save_button: "Зберегти каталог у\u{a0}файл",
    save_hint: "Зберігає каталог цієї території у\u{a0}файл, який можна завантажити на іншому пристрої.",
    saved_to: "Каталог збережено у\u{a0}файл (він серед завантажених файлів):",
    nothing_stored: "Каталог цієї території не збережено на пристрої; немає що зберігати.",
    doc_save: "Зберегти для читання без підключення",
    doc_saved: "Збережено для читання без підключення.",
    doc_remove: "Вилучити",
    doc_size_unknown: "розмір невідомий",
    doc_save_failed: "Документ не вдалося зберегти; нічого не збережено. Спробуйте знову з\u{a0}підключенням.",
    doc_storage_full: "На пристрої немає місця для документа; нічого не збережено. Звільніть місце або вилучіть інший збережений документ.",
    docs_title: "Документи, збережені для читання без підключення",
    docs_hint: "Документи зберігають на сторінці «Документи». Вони відкриваються і\u{a0}без підключення; їх видаляє і\u{a0}«Видалити мої дані».",
    docs_none: "Немає збережених документів.",
};

static EN: FilesWords = FilesWords {
    title: "Catalogue in a file",
    load_label: "Load the catalogue from a file",
    load_hint: "A .json file with the catalogue (e.g. from a USB stick or a shared folder), optionally with its manifest (.manifest.json). Works offline too.",
    checking: "Checking the catalogue…",
    loaded: "The catalogue from the file is stored and shown:",
    rejected: "The file was not loaded; nothing has changed.",
    not_json: "The file is not valid JSON (truncated or damaged); the error is at line and column",
    invalid: "The file is not a valid catalogue; the first error is at",
    size_mismatch: "The file's size does not match the manifest (the file is truncated or another one); bytes in the file and in the manifest:",
    hash_mismatch: "The file's SHA-256 checksum does not match the manifest: the file is damaged or was replaced.",
    newer_schema: "The catalogue is for a newer version of the app; update the app first.",
    not_described: "The manifest describes another catalogue (another area or date) than the chosen file.",
    unknown_region: "The catalogue belongs to an area the app does not offer:",
    older: "The catalogue in the file is older than the one you have; we kept the newer one. Dates in the file and stored:",
    manifest_bad: "The manifest (.manifest.json) is not a valid catalogue manifest.",
    unreadable: "The chosen file could not be read. Choose a catalogue file (.json).",
    one_only: "Choose one catalogue (.json) only, optionally with its manifest.",
    store_full: "There is no room for the catalogue on this device. Free some space and try again.",
    store_off: "The browser does not allow storing data here (in a private window, for example), so the catalogue cannot be stored.",
    store_failed: "The catalogue could not be stored:",
    save_button: "Save the catalogue to a file",
    save_hint: "Saves this area's catalogue to a file that another device can load.",
    saved_to: "The catalogue is saved to a file (among your downloads):",
    nothing_stored: "No catalogue of this area is stored on this device; there is nothing to save.",
    doc_save: "Save for reading offline",
    doc_saved: "Saved for reading offline.",
    doc_remove: "Remove",
    doc_size_unknown: "size unknown",
    doc_save_failed: "The document could not be saved; nothing was stored. Try again when online.",
    doc_storage_full: "There is no room for the document on this device; nothing was stored. Free some space or remove another saved document.",
    docs_title: "Documents saved for reading offline",
    docs_hint: "Save documents on the Documents page. They open offline too; \u{201c}Delete my data\u{201d} removes them as well.",
    docs_none: "No documents are saved.",
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word is given in every language, and the Ukrainian table has no Czech or English left in it
    /// (Latin letters only in file types and SHA-256), like `Strings` (`ukrainian_strings_are_in_cyrillic`).
    #[test]
    fn files_words_given_and_ukrainian_in_cyrillic() {
        let all = |w: &'static FilesWords| {
            let s = format!("{w:?}");
            // Debug prints `name: "text"`; the texts are what is between the quotes.
            s.split('"').skip(1).step_by(2).map(str::to_string).collect::<Vec<_>>()
        };
        let cs = all(Lang::Cs.files());
        for lang in Lang::ALL {
            let texts = all(lang.files());
            assert_eq!(texts.len(), cs.len(), "{lang:?}");
            assert!(texts.iter().all(|t| !t.is_empty()), "{lang:?}");
        }
        for text in all(Lang::Uk.files()) {
            let mut rest = text.clone();
            // Debug escapes the no-break space.
            for allowed in [".manifest.json", ".json", "JSON", "SHA-", "\\u{a0}"] {
                rest = rest.replace(allowed, "");
            }
            assert!(!rest.chars().any(|c| c.is_ascii_alphabetic()), "Latin letters in {text:?}");
        }
    }
}
