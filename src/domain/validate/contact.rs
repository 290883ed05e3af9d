//! Rules for contact values: e-mail addresses and phone numbers (Czech, short emergency numbers and
//! international). Public because importers normalise contacts with the same rules.

use super::fields::Check;

/// A plain e-mail address, `local@domain.tld`, without display names or spaces.
pub fn check_email(s: &str) -> Check {
    let bad = || Err(words!("{s:?} is not a valid e-mail address"));
    let Some((local, domain)) = s.split_once('@') else { return bad() };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && local.chars().all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    if local_ok && domain_ok {
        Ok(())
    } else {
        bad()
    }
}

/// Czech numbers: 9 digits (first 2–9), optionally after +420 or 00420; short emergency and EU numbers
/// (112, 150, 155, 158, 116xxx); other international numbers after `+` with 8–15 digits. Spaces allowed.
pub fn check_phone(s: &str) -> Check {
    let bad = || Err(words!("{s:?} is not a valid phone number (e.g. \"+420 317 754 111\" or \"155\")"));
    let compact: String = s.chars().filter(|c| *c != ' ').collect();
    let (plus, digits) = match compact.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, compact.as_str()),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || s.trim() != s {
        return bad();
    }
    let czech = |d: &str| d.len() == 9 && !d.starts_with(['0', '1']);
    let ok = if plus {
        match digits.strip_prefix("420") {
            Some(national) => czech(national),
            None => (8..=15).contains(&digits.len()),
        }
    } else if let Some(national) = digits.strip_prefix("00420") {
        czech(national)
    } else {
        czech(digits)
            || matches!(digits, "112" | "150" | "155" | "158")
            || (digits.len() == 6 && digits.starts_with("116"))
    };
    if ok {
        Ok(())
    } else {
        bad()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        let good = [
            "+420 317 754 111",
            "317754111",
            "00420 317 754 111",
            "800 123 456",
            "112",
            "155",
            "116 111",
            "116123",
            "+421 2 1234 5678",
            "+49 30 123456",
        ];
        let bad = [
            "12345",
            "+420 123 456",
            "0317754111",
            "abc",
            "+420 317 754 1111",
            "1234",
            "116 11",
            " 155",
            "+1234567",
            "31775411x",
        ];
        for p in good {
            assert!(check_phone(p).is_ok(), "{p}");
        }
        for p in bad {
            assert!(check_phone(p).is_err(), "{p}");
        }
    }

    #[test]
    fn emails() {
        for e in ["info@benesov.cz", "a.b+c@mu-vlasim.cz", "pecovatelska@obec.čechtice.cz"] {
            assert!(check_email(e).is_ok(), "{e}");
        }
        for e in [
            "",
            "info",
            "@benesov.cz",
            "info@",
            "info@benesov",
            "a b@x.cz",
            "a@@x.cz",
            "a@x..cz",
            "<a@x.cz>",
            "a@-x.cz",
        ] {
            assert!(check_email(e).is_err(), "{e}");
        }
    }
}
