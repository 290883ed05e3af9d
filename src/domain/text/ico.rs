//! The Czech company number (IČO): eight digits whose last is a mod-11 check digit. Validation uses
//! the checksum to catch a mistyped number; search uses the same reading of a typed query.

/// Whether `ico` is eight digits with the official check digit: the first seven weighted 8…2, the sum
/// modulo 11 gives the check digit as (11 − r) mod 10.
pub fn is_valid(ico: &str) -> bool {
    let d: Vec<u32> = ico.chars().filter_map(|c| c.to_digit(10)).collect();
    ico.len() == 8 && d.len() == 8 && check_digit(&d[..7]) == d[7]
}

fn check_digit(seven: &[u32]) -> u32 {
    let sum: u32 = seven.iter().zip((2..=8).rev()).map(|(x, w)| x * w).sum();
    (11 - sum % 11) % 10
}

/// The valid IČO whose first seven digits are `n` (below 10 000 000), for generated test catalogues.
pub fn with_check_digit(n: u32) -> String {
    let seven = format!("{:07}", n % 10_000_000);
    let d: Vec<u32> = seven.chars().filter_map(|c| c.to_digit(10)).collect();
    format!("{seven}{}", check_digit(&d))
}

/// The eight digits of a query that is nothing but an IČO ("00279943", "002 79 943"), else `None`.
pub fn as_ico_query(query: &str) -> Option<String> {
    let plain = query.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '\u{a0}');
    let d: String = query.chars().filter(char::is_ascii_digit).collect();
    (plain && d.len() == 8).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksum_accepts_real_numbers_and_catches_a_typo() {
        // Remainders 0 and 1 are the special cases (check digits 1 and 0).
        for ok in ["00279943", "00064581", "01234561", "71234560", "45250022"] {
            assert!(is_valid(ok), "{ok}");
        }
        assert_eq!(with_check_digit(27994), "00279943");
        for bad in ["00279944", "12345678", "0027994", "002799430", "0027994x", "ａ0279943"] {
            assert!(!is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn ico_query_allows_spaces_only() {
        assert_eq!(as_ico_query("002 79 943").as_deref(), Some("00279943"));
        assert_eq!(as_ico_query("00279943").as_deref(), Some("00279943"));
        assert_eq!(as_ico_query("IČO 00279943"), None);
        assert_eq!(as_ico_query("317123456"), None);
    }
}
