//! "What would change the answer": the smallest single edits that flip the verdict.
//!
//! For every requirement the analysis tries each other importance level, nearest
//! first, and keeps the nearest one that changes the verdict's kind. The
//! candidates are then ranked by how small the edit is (steps on the
//! off → nice → important → must-have scale), then by how confident the new
//! verdict would be. Cost: at most 3 × [`REQUIREMENT_COUNT`] evaluations, no
//! allocation.

use super::{evaluate, Importance, Selection, VerdictKind, REQUIREMENT_COUNT};

/// At most this many suggestions are returned.
pub const MAX_SUGGESTIONS: usize = 4;

/// One edit that, on its own, changes the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Suggestion {
    /// Index into [`super::REQUIREMENTS`].
    pub requirement: usize,
    /// The level it has now.
    pub from: Importance,
    /// The level that flips the verdict.
    pub to: Importance,
    /// The verdict after the edit.
    pub verdict: VerdictKind,
    /// Confidence of the verdict after the edit, 0–100.
    pub confidence: u8,
}

impl Suggestion {
    /// Steps on the importance scale this edit takes.
    pub fn distance(&self) -> u8 {
        self.from.rank().abs_diff(self.to.rank())
    }

    /// The selection with this edit applied.
    pub fn apply(&self, selection: &Selection) -> Selection {
        selection.with(self.requirement, self.to)
    }
}

/// The ranked suggestions for one selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Suggestions {
    items: [Option<Suggestion>; MAX_SUGGESTIONS],
}

impl Suggestions {
    /// The suggestions, best first; empty when no single edit flips the verdict.
    pub fn iter(&self) -> impl Iterator<Item = &Suggestion> {
        self.items.iter().flatten()
    }

    /// True when no single edit flips the verdict.
    pub fn is_empty(&self) -> bool {
        self.items[0].is_none()
    }
}

/// The nearest edit of requirement `index` that flips `current`, if any.
fn nearest_flip(selection: &Selection, index: usize, current: VerdictKind) -> Option<Suggestion> {
    let from = selection.get(index);
    let mut best: Option<Suggestion> = None;
    for to in Importance::ALL {
        if to == from {
            continue;
        }
        let result = evaluate(&selection.with(index, to));
        if result.verdict.kind() == current {
            continue;
        }
        let candidate = Suggestion {
            requirement: index,
            from,
            to,
            verdict: result.verdict.kind(),
            confidence: result.confidence,
        };
        if best.is_none_or(|b| rank_key(&candidate) < rank_key(&b)) {
            best = Some(candidate);
        }
    }
    best
}

/// Smaller is better: nearest edit, then most confident result, then list order.
fn rank_key(s: &Suggestion) -> (u8, u8, usize) {
    (s.distance(), u8::MAX - s.confidence, s.requirement)
}

/// The smallest single edits that change the verdict of `selection`.
pub fn what_would_change(selection: &Selection) -> Suggestions {
    let current = evaluate(selection).verdict.kind();
    let mut found: [Option<Suggestion>; REQUIREMENT_COUNT] = [None; REQUIREMENT_COUNT];
    for (index, slot) in found.iter_mut().enumerate() {
        *slot = nearest_flip(selection, index, current);
    }
    found.sort_unstable_by_key(|s| s.as_ref().map_or((u8::MAX, 0, 0), rank_key));
    let mut items = [None; MAX_SUGGESTIONS];
    items.copy_from_slice(&found[..MAX_SUGGESTIONS]);
    Suggestions { items }
}
