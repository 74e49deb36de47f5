//! One small stable sort for the engine's short lists (at most one entry per
//! requirement). The standard library's sorts are built for long slices and
//! add kilobytes of wasm per element type; an insertion sort over a few dozen
//! items is as fast here and a fraction of the size.

/// Sorts `items` by `key`, keeping equal items in their original order.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // A fixed pseudo-random sequence: lists of every length up to 40,
        // with many equal keys, so stability is exercised.
        let mut seed = 0x2545_f491_u32;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for len in 0..=40 {
            for _ in 0..25 {
                let items: Vec<(u32, usize)> = (0..len).map(|i| (next() % 5, i)).collect();
                let mut ours = items.clone();
                let mut std = items;
                sort_by_key(&mut ours, |item| item.0);
                std.sort_by_key(|item| item.0);
                assert_eq!(ours, std);
            }
        }
    }
}
