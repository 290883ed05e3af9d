//! One sort for the whole program. Each `sort_by` call site with its own element type or closure compiles
//! Rust's whole sorting machinery again (quicksort, heapsort, small-sorts, merges: 2–5 KB of wasm each);
//! eight call sites had grown to about 29 KB, a tenth of the first load's code (issue 10's ceiling).
//! Every sort goes through `sort_u32` instead: one stable sort of `u32`s with a comparator object. Lists
//! of other things are sorted as positions, and the order is applied afterwards.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (values or positions, as the caller means them).
pub fn sort_u32(v: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    v.sort_by(|a, b| cmp(*a, *b));
}

/// The positions `0..len` in the stable order of `cmp` over positions.
pub fn order(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<u32> {
    let mut idx: Vec<u32> = (0..len as u32).collect();
    sort_u32(&mut idx, &mut |a, b| cmp(a as usize, b as usize));
    idx
}

/// Sorts `v` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    // The positions come from `order(v.len())`, so every index is in range.
    let ord = order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(ord.into_iter().filter_map(|i| slots.get_mut(i as usize).and_then(Option::take)));
}

/// Sorts `v` stably by a key computed once per element, like `slice::sort_by_cached_key`.
pub fn sort_by_cached_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = v.iter().map(key).collect();
    let ord = order(keys.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(ord.into_iter().filter_map(|i| slots.get_mut(i as usize).and_then(Option::take)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_ties_in_place() {
        let words = ["pes", "kočka", "ara", "pes", "", "kůň", "ara"];
        let mut pairs: Vec<(&str, usize)> = words.iter().copied().zip(0..).collect();
        let mut want = pairs.clone();
        want.sort_by(|a, b| a.0.cmp(b.0));
        sort_by(&mut pairs, |a, b| a.0.cmp(b.0));
        assert_eq!(pairs, want);
        let mut by_len: Vec<&str> = words.to_vec();
        let mut want: Vec<&str> = words.to_vec();
        want.sort_by_cached_key(|w| w.chars().count());
        sort_by_cached_key(&mut by_len, |w| w.chars().count());
        assert_eq!(by_len, want);
        let mut n = vec![5u32, 1, 4, 1, 3];
        sort_u32(&mut n, &mut |a, b| a.cmp(&b));
        assert_eq!(n, [1, 1, 3, 4, 5]);
        assert_eq!(order(3, &mut |a, b| b.cmp(&a)), [2, 1, 0]);
        assert_eq!(order(0, &mut |a, b| a.cmp(&b)), Vec::<u32>::new());
    }
}
