//! One sort for the whole crate.
//!
//! Every `sort_by_key` call site makes the compiler emit its own copy of the standard library's sort (several KB of
//! wasm per call site, about 40 KB for the seven sites the product had). Here each call site only maps its elements to
//! a `u64` key; the sorting itself is a single instance over `u128` words (`key << 64 | index`), so it is stable and
//! shared.

/// Sorts `v` by `key`, ascending and stable (equal keys keep their order). The elements are
/// swapped into place (no second vector of them); what is generic per call site is the keys'
/// collection and the swaps, the rest is one shared copy.
pub fn sort_by_key<T>(v: &mut [T], key: impl Fn(&T) -> u64) {
    if v.len() < 2 {
        return;
    }
    let keys: Vec<u64> = v.iter().map(key).collect();
    permute(v, &mut destinations(&keys));
}

/// The positions of `v`'s elements in the order `key` sorts them (ascending, stable): element
/// `order[0]` comes first. Nothing is moved.
pub fn permutation<T>(v: &[T], key: impl Fn(&T) -> u64) -> Vec<usize> {
    order_of(&v.iter().map(key).collect::<Vec<u64>>())
}

/// The positions of `keys` in ascending order, ties in place (the shared sort over
/// `key << 64 | position`).
#[inline(never)]
fn order_of(keys: &[u64]) -> Vec<usize> {
    let mut words: Vec<u128> = keys
        .iter()
        .enumerate()
        .map(|(i, &k)| (u128::from(k) << 64) | i as u128)
        .collect();
    sort_words(&mut words);
    words.iter().map(|w| *w as u64 as usize).collect()
}

/// Where each of `keys` goes when they are sorted ([`order_of`] inverted).
#[inline(never)]
fn destinations(keys: &[u64]) -> Vec<usize> {
    let order = order_of(keys);
    let mut dest = vec![0; order.len()];
    for (to, &from) in order.iter().enumerate() {
        if let Some(d) = dest.get_mut(from) {
            *d = to;
        }
    }
    dest
}

/// Moves every element `i` of `v` to position `dest[i]` (a permutation), each once, by
/// following its cycles; `dest` is left as the identity.
pub(crate) fn permute<T>(v: &mut [T], dest: &mut [usize]) {
    for i in 0..v.len().min(dest.len()) {
        // Swap the element at `i` to where it belongs until the one that belongs here arrives.
        while dest[i] != i {
            let d = dest[i];
            if d >= v.len() || d >= dest.len() {
                break;
            }
            v.swap(i, d);
            dest.swap(i, d);
        }
    }
}

/// A set of ids (artifact indices and the like): a sorted vector, each id once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IdSet(Vec<usize>);

impl IdSet {
    /// Whether `id` is in the set.
    pub fn contains(&self, id: &usize) -> bool {
        self.0.binary_search(id).is_ok()
    }

    /// The ids, ascending.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().copied()
    }

    /// How many ids the set holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<usize> for IdSet {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Self {
        let mut v: Vec<usize> = iter.into_iter().collect();
        sort_by_key(&mut v, |i| *i as u64);
        v.dedup();
        IdSet(v)
    }
}

/// The shared sort (kept out of line so that every caller uses this one copy): a heapsort, and
/// nothing to do for words already in order. As every word is distinct (its position is in it),
/// any sort gives the same order; the standard library's `sort_unstable` was 1.3 KiB more of the
/// packed page (its runs and small-sort networks), and faster only on many thousands of words,
/// which the sorts here never see (they run once per analysis, on its artifacts and findings).
#[inline(never)]
fn sort_words(words: &mut [u128]) {
    // Most callers' elements come in order already (the scanner's artifacts by position).
    if words.windows(2).all(|w| w[0] < w[1]) {
        return;
    }
    let n = words.len();
    for root in (0..n / 2).rev() {
        sift_down(words, root, n);
    }
    for end in (1..n).rev() {
        words.swap(0, end);
        sift_down(words, 0, end);
    }
}

/// Moves `words[root]` down the heap `words[..end]` until neither child is larger.
fn sift_down(words: &mut [u128], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && words[child] < words[child + 1] {
            child += 1;
        }
        if words[root] >= words[child] {
            return;
        }
        words.swap(root, child);
        root = child;
    }
}

/// Two positions as one key: `hi` first, then `lo` (each saturated to 32 bits).
pub fn pair(hi: usize, lo: usize) -> u64 {
    let sat = |x: usize| u32::try_from(x).unwrap_or(u32::MAX) as u64;
    (sat(hi) << 32) | sat(lo)
}

/// A key that orders non-negative confidences from the highest down (NaN and negatives count as 0).
pub fn descending(confidence: f32) -> u64 {
    let c = if confidence > 0.0 { confidence } else { 0.0 };
    u64::from(u32::MAX - c.to_bits())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn stable_and_ascending() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, vec![(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn a_permutation_lists_positions_in_key_order_ties_in_place() {
        let v = [30u64, 10, 20, 10, 30, 0];
        assert_eq!(permutation(&v, |x| *x), vec![5, 1, 3, 2, 0, 4]);
        assert_eq!(v, [30, 10, 20, 10, 30, 0]);
        assert!(permutation(&[] as &[u64], |x| *x).is_empty());
    }

    #[test]
    fn confidences_sort_from_the_highest_down() {
        let mut v = vec![0.3f32, 0.99, 0.0, 0.5, f32::NAN, 0.97, -1.0];
        sort_by_key(&mut v, |c| descending(*c));
        assert_eq!(&v[..4], &[0.99, 0.97, 0.5, 0.3]);
        assert!(v[4..].iter().all(|c| c.is_nan() || *c <= 0.0), "{v:?}");
    }

    #[test]
    fn id_sets_hold_each_id_once() {
        let s: IdSet = [5, 1, 5, 3, 1].into_iter().collect();
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![1, 3, 5]);
        assert_eq!(s.len(), 3);
        assert!(s.contains(&3) && !s.contains(&2));
        assert!(IdSet::default().is_empty());
    }

    #[test]
    fn pairs_order_by_the_first_then_the_second() {
        assert!(pair(1, 0) > pair(0, usize::MAX));
        assert!(pair(2, 5) < pair(2, 6));
        assert_eq!(pair(usize::MAX, 0), pair(u32::MAX as usize, 0));
    }

    proptest! {
        #[test]
        fn same_as_the_standard_stable_sort(v in proptest::collection::vec((0u64..20, 0u32..1000), 0..200)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std_sorted = v;
            std_sorted.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
