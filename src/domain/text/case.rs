//! Lowercasing for the scripts a catalogue and its readers use: Latin (with Latin-1 and Latin
//! Extended-A, which hold every Czech, Slovak, German, Polish and Hungarian letter), Greek and Cyrillic
//! (Ukrainian and Russian). `char::to_lowercase` carries Unicode's whole case table, about 15 KB of the
//! first load, for scripts no one here types (lowercase_table_not_in_wasm, issue 10's size ceiling).
//! Characters of other scripts pass unchanged, which for matching means only that their case counts.

/// The lowercase of `c` in the scripts above; every other character unchanged.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let shifted = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 0x3F,
        // İ lowercases to "i̇" (two chars); the letter people mean is i.
        0x130 => 0x69,
        // Pairs whose uppercase letter is odd: Ĺ ĺ … Ň ň, Ź ź Ż ż Ž ž, Cyrillic Ӂ ӂ … Ӎ ӎ.
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        // Pairs whose uppercase letter is even: Ā ā … Ķ ķ, Ŋ ŋ … Ŷ ŷ, Cyrillic Ѡ ѡ …, Ґ ґ …, Ӑ ӑ ….
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F
            if u.is_multiple_of(2) =>
        {
            u + 1
        }
        0x178 => 0xFF,
        0x4C0 => 0x4CF,
        _ => u,
    };
    char::from_u32(shifted).unwrap_or(c)
}

/// `s` lowercased with `lower`.
pub fn lowercase(s: &str) -> String {
    s.chars().map(lower).collect()
}

/// Whether `c` is a letter written in lowercase (a letter `lower` leaves as it is).
pub fn is_lower_letter(c: char) -> bool {
    c.is_alphabetic() && lower(c) == c
}

#[cfg(test)]
mod tests {
    use super::*;

    /// lowercase_table_not_in_wasm: in the scripts it covers, `lower` agrees with Unicode exactly.
    #[test]
    fn lowercase_table_not_in_wasm_agrees_with_unicode_in_latin_greek_cyrillic() {
        let blocks = [0x0..=0x24F, 0x370..=0x3FF, 0x400..=0x52F];
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            let mut std = c.to_lowercase();
            let (first, more) = (std.next().unwrap_or(c), std.next().is_some());
            if more {
                continue; // İ only, checked below
            }
            let covered = (c as u32) < 0x180 || (0x386..=0x3AB).contains(&(c as u32)) || (c as u32) >= 0x400;
            if covered {
                assert_eq!(lower(c), first, "{c} U+{:04X}", c as u32);
            }
        }
        assert_eq!(lower('İ'), 'i');
        assert_eq!(lowercase("ŽLUŤOUČKÝ KŮŇ, ҐАНОК ЇЖАК ЄВА, ΑΘΗΝΑ"), "žluťoučký kůň, ґанок їжак єва, αθηνα");
    }
}
