//! The one phone-number normaliser: consistency checks compare numbers with it, and search uses it to
//! find the service that has the number a person read on a leaflet, however they typed it.

/// The digits of a phone number, without the Czech country code, so "+420 317 754 111",
/// "00420 317 754 111", "317754111" and "317 75 41 11" compare equal.
pub fn digits(number: &str) -> String {
    let d: String = number.chars().filter(char::is_ascii_digit).collect();
    let national = d.strip_prefix("00420").or_else(|| d.strip_prefix("420"));
    match national {
        Some(rest) if rest.len() == 9 => rest.to_string(),
        _ => d,
    }
}

/// The national digits of a query that is nothing but a phone number (digits, spaces, "+", "-",
/// "/", ".", parentheses; at least 9 digits), else `None`: "pomoc 317" is a text query.
pub fn as_phone_query(query: &str) -> Option<String> {
    let plain = query.chars().all(|c| c.is_ascii_digit() || " +-/.()\u{a0}".contains(c));
    let d = digits(query);
    (plain && d.len() >= 9 && d.len() <= 15).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_common_spelling_gives_the_same_digits() {
        for typed in
            ["+420 317 123 456", "317123456", "317 12 34 56", "00420 317 123 456", "+420-317/123-456"]
        {
            assert_eq!(digits(typed), "317123456", "{typed}");
            assert_eq!(as_phone_query(typed).as_deref(), Some("317123456"), "{typed}");
        }
    }

    #[test]
    fn foreign_and_short_numbers_keep_their_digits() {
        assert_eq!(digits("+421 2 1234 5678"), "421212345678");
        assert_eq!(digits("112"), "112");
        assert_eq!(as_phone_query("112"), None);
        assert_eq!(as_phone_query("pomoc 317123456"), None);
        assert_eq!(as_phone_query("12345678"), None, "eight digits are an IČO, not a phone number");
    }
}
