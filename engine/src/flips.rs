//! "What would change the answer": single edits that give a different verdict.
//!
//! Two lists, because they answer different questions:
//! - **changes** to what the reader chose (a requirement up or down the
//!   importance scale, or off): "is my answer fragile?";
//! - **additions** of requirements that are off: "what if I also needed …?".
//!   An addition that contradicts a chosen requirement (`excludes` in the
//!   knowledge base) is never offered, nor is a workload modifier (CPU-heavy
//!   work is a trait of the project, not something it could also need).
//!
//! An edit counts only when it leads to a *different definite* verdict; one
//! whose only effect is "no clear winner" says nothing useful and is dropped.
//! For every requirement the nearest such level is kept; candidates are ranked
//! by how small the edit is (steps on off → nice → important → must-have),
//! then by the clarity of the new verdict. Cost: at most 3 ×
//! [`REQUIREMENT_COUNT`] evaluations, no allocation.

use crate::{evaluate, Importance, Lean, Selection, VerdictKind, REQUIREMENTS, REQUIREMENT_COUNT};

/// At most this many edits are offered in each list.
pub const MAX_SUGGESTIONS: usize = 3;

/// One edit that, on its own, changes the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Suggestion {
    /// Index into [`crate::REQUIREMENTS`].
    pub requirement: usize,
    /// The level it has now.
    pub from: Importance,
    /// The level that changes the verdict.
    pub to: Importance,
    /// The verdict after the edit (never "no clear winner").
    pub verdict: VerdictKind,
    /// Clarity of the verdict after the edit, 0–100.
    pub clarity: u8,
}

impl Suggestion {
    /// Steps on the importance scale this edit takes.
    pub fn distance(&self) -> u8 {
        self.from.rank().abs_diff(self.to.rank())
    }

    /// True when the edit switches on a requirement that is off now.
    pub fn is_addition(&self) -> bool {
        self.from == Importance::Off
    }

    /// The selection with this edit applied.
    pub fn apply(&self, selection: &Selection) -> Selection {
        selection.with(self.requirement, self.to)
    }
}

/// The ranked suggestions for one selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Suggestions {
    changes: [Option<Suggestion>; MAX_SUGGESTIONS],
    additions: [Option<Suggestion>; MAX_SUGGESTIONS],
}

impl Suggestions {
    /// Edits of requirements the reader chose, best first.
    pub fn changes(&self) -> impl Iterator<Item = &Suggestion> {
        self.changes.iter().flatten()
    }

    /// Requirements that, if the project also needed them, would change the
    /// verdict, best first.
    pub fn additions(&self) -> impl Iterator<Item = &Suggestion> {
        self.additions.iter().flatten()
    }

    /// Both lists, changes first.
    pub fn iter(&self) -> impl Iterator<Item = &Suggestion> {
        self.changes().chain(self.additions())
    }

    /// True when no single edit changes the verdict.
    pub fn is_empty(&self) -> bool {
        self.changes[0].is_none() && self.additions[0].is_none()
    }
}

/// The nearest edit of requirement `index` that gives another definite verdict.
fn nearest_flip(selection: &Selection, index: usize, current: VerdictKind) -> Option<Suggestion> {
    let from = selection.get(index);
    let mut best: Option<Suggestion> = None;
    for to in Importance::ALL {
        if to == from {
            continue;
        }
        let result = evaluate(&selection.with(index, to));
        let verdict = result.verdict.kind();
        if verdict == current || verdict == VerdictKind::NoClearWinner {
            continue;
        }
        let candidate = Suggestion {
            requirement: index,
            from,
            to,
            verdict,
            clarity: result.clarity,
        };
        if best.is_none_or(|b| rank_key(&candidate) < rank_key(&b)) {
            best = Some(candidate);
        }
    }
    best
}

/// Smaller is better: nearest edit, then clearest result, then list order.
fn rank_key(s: &Suggestion) -> (u8, u8, usize) {
    (s.distance(), u8::MAX - s.clarity, s.requirement)
}

/// True when requirement `index` may be offered as an addition: it is a need
/// (not a workload modifier) and contradicts nothing already chosen.
fn may_add(selection: &Selection, index: usize) -> bool {
    let requirement = &REQUIREMENTS[index];
    requirement.lean != Lean::Neutral
        && !selection
            .chosen()
            .any(|(chosen, _)| requirement.excludes.contains(chosen))
}

/// The best few of `found`, ranked.
fn best(
    mut found: [Option<Suggestion>; REQUIREMENT_COUNT],
) -> [Option<Suggestion>; MAX_SUGGESTIONS] {
    crate::small_sort::sort_by_key(&mut found, |s| s.as_ref().map_or((u8::MAX, 0, 0), rank_key));
    let mut items = [None; MAX_SUGGESTIONS];
    let n = MAX_SUGGESTIONS.min(REQUIREMENT_COUNT);
    items[..n].copy_from_slice(&found[..n]);
    items
}

/// The single edits that change the verdict of `selection`.
pub fn what_would_change(selection: &Selection) -> Suggestions {
    let current = evaluate(selection).verdict.kind();
    let mut changes = [None; REQUIREMENT_COUNT];
    let mut additions = [None; REQUIREMENT_COUNT];
    for index in 0..REQUIREMENT_COUNT {
        if selection.get(index) != Importance::Off {
            changes[index] = nearest_flip(selection, index, current);
        } else if may_add(selection, index) {
            additions[index] = nearest_flip(selection, index, current);
        }
    }
    Suggestions {
        changes: best(changes),
        additions: best(additions),
    }
}
