//! Bounded Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbours costs 1),
//! for typo tolerance. Bounded means it gives up as soon as the distance must exceed the limit, so
//! scanning a vocabulary bucket stays cheap.

/// True when `a` and `b` are within `k` edits (insert, delete, substitute, swap neighbours).
pub fn within(a: &[u8], b: &[u8], k: usize) -> bool {
    if a.len().abs_diff(b.len()) > k {
        return false;
    }
    if a == b {
        return true;
    }
    let n = b.len();
    // Three rows of the DP matrix: two back (for swaps), previous, current.
    let mut back: Vec<usize> = vec![0; n + 1];
    let mut prev: Vec<usize> = (0..=n).collect();
    let mut cur: Vec<usize> = vec![0; n + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(back[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > k {
            return false;
        }
        std::mem::swap(&mut back, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[n] <= k
}

/// How many typos a query word of this many letters may carry: 0 below 5, 1 from 5, 2 from 9.
pub fn allowed_edits(letters: usize) -> usize {
    match letters {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        for (a, b, k, want) in [
            ("senior", "senior", 0, true),
            ("senior", "senoir", 1, true), // swap counts once
            ("senior", "seniro", 1, true),
            ("senior", "senir", 1, true),
            ("senior", "sxnixr", 1, false),
            ("pecovatelsk", "pecovatlesk", 1, true),
            ("pecovatelsk", "pcovatlesk", 2, true),
            ("pecovatelsk", "pcvatlesk", 2, false),
            ("drog", "drogerie", 2, false),
        ] {
            assert_eq!(within(a.as_bytes(), b.as_bytes(), k), want, "{a} {b} {k}");
        }
        assert_eq!(allowed_edits(4), 0);
        assert_eq!(allowed_edits(5), 1);
        assert_eq!(allowed_edits(9), 2);
    }
}
