//! "What would change the answer": single edits that give a different verdict.
//!
//! Two lists, because they answer different questions:
//! - **changes** to what the reader chose: a requirement raised (nice-to-have
//!   → important → must-have), or lowered to a nice-to-have when it is not a
//!   part of what they build (a feature such as generated docs, the traffic,
//!   a part deployed on its own): "is my answer fragile?". Parts of the system
//!   and must-haves are never weakened: they define the project.
//! - **additions**: requirements a project like this plausibly also needs
//!   (the knowledge base's `companions` of what is chosen): "what if it also
//!   needed …?". Never one that contradicts a choice or a workload fact; a
//!   team trait only when the team's experience of the other framework
//!   already weighs in ("if the team also knew Django").
//!
//! An edit counts when it leads to a *different definite* verdict, or, for a
//! lean, to the same verdict stated firmly ("what would make it firm"); the
//! suggestion carries that verdict and whether it would be firm. Nice-to-have
//! levels never count: they cannot change a verdict. For every requirement the
//! nearest such level is kept; candidates are ranked by how small the edit is
//! (steps on off → nice → important → must-have), then firm before lean, then
//! by clarity. Cost: at most 3 × [`REQUIREMENT_COUNT`] evaluations.

use crate::{
    knowledge::{Evidence, REQUIREMENTS, REQUIREMENT_COUNT},
    scoring::{evaluate, Evaluation, VerdictKind},
    Importance, Selection,
};

/// At most this many edits are offered in each list, and shown in all: a
/// change to the reader's choices and a need to add, where both exist.
pub const MAX_SUGGESTIONS: usize = 2;

/// One edit that, on its own, changes the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Suggestion {
    /// Index into [`crate::knowledge::REQUIREMENTS`].
    pub requirement: usize,
    /// The level it has now.
    pub from: Importance,
    /// The level that changes the verdict.
    pub to: Importance,
    /// The verdict after the edit (never "no clear winner").
    pub verdict: VerdictKind,
    /// True when that verdict would be stated firmly.
    pub firm: bool,
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

    /// Both lists, alternating (a change, an addition, …), at most
    /// [`MAX_SUGGESTIONS`] in all: what the reader is shown.
    pub fn iter(&self) -> impl Iterator<Item = &Suggestion> {
        (0..MAX_SUGGESTIONS)
            .flat_map(|n| [self.changes[n].as_ref(), self.additions[n].as_ref()])
            .flatten()
            .take(MAX_SUGGESTIONS)
    }

    /// True when no single edit changes the verdict.
    pub fn is_empty(&self) -> bool {
        self.changes[0].is_none() && self.additions[0].is_none()
    }
}

/// The levels requirement `index` may be moved to from `from`, if any.
fn targets(index: usize, from: Importance, selection: &Selection) -> &'static [Importance] {
    const ADD: &[Importance] = &[Importance::Important, Importance::Must];
    const RAISE_FROM_NICE: &[Importance] = &[Importance::Important, Importance::Must];
    const RAISE_OR_LOWER: &[Importance] = &[Importance::Nice, Importance::Must];
    const RAISE: &[Importance] = &[Importance::Must];
    let req = &REQUIREMENTS[index];
    // The team's experience of the other framework is worth asking about
    // once the team's experience is part of the answer ("if the team also
    // knew Django").
    // At the level the team knows its own framework: knowing both alike.
    if req.evidence == Evidence::Team && from == Importance::Off {
        let other = selection
            .chosen()
            .find(|(i, _)| *i != index && REQUIREMENTS[*i].evidence == Evidence::Team);
        match other {
            Some((_, Importance::Must)) => return &[Importance::Must],
            Some((_, Importance::Important)) => return &[Importance::Important],
            _ => {}
        }
    }
    if !req.suggest {
        return &[];
    }
    // A part of the system is what the project is: never weakened.
    let may_lower = req.part.is_none() && req.evidence == Evidence::Technical;
    match from {
        Importance::Off if plausible_addition(selection, index) => ADD,
        Importance::Off => &[],
        Importance::Nice => RAISE_FROM_NICE,
        Importance::Important if may_lower => RAISE_OR_LOWER,
        Importance::Important => RAISE,
        Importance::Must => &[],
    }
}

/// True when a project with this selection plausibly also needs requirement
/// `index`: a companion of something chosen (important or must-have) that
/// contradicts nothing chosen.
fn plausible_addition(selection: &Selection, index: usize) -> bool {
    let requirement = &REQUIREMENTS[index];
    let mut chosen = selection.chosen();
    chosen.any(|(i, level)| {
        level >= Importance::Important && REQUIREMENTS[i].companions.contains(index)
    }) && !selection
        .chosen()
        .any(|(i, _)| requirement.excludes.contains(i))
}

/// Requirement `index` moved from `from` to `to` in `selection`, with the
/// answer that gives; `None` when that answer is no clear winner.
fn edit(
    selection: &Selection,
    index: usize,
    from: Importance,
    to: Importance,
) -> Option<Suggestion> {
    let result = evaluate(&selection.with(index, to));
    let verdict = result.verdict.kind();
    (verdict != VerdictKind::NoClearWinner).then_some(Suggestion {
        requirement: index,
        from,
        to,
        verdict,
        firm: result.is_firm(),
        clarity: result.clarity,
    })
}

/// The nearest edit of requirement `index` that gives another definite
/// verdict, or (for a lean) makes the same verdict firm.
fn nearest_flip(selection: &Selection, index: usize, current: &Evaluation) -> Option<Suggestion> {
    let from = selection.get(index);
    let mut best: Option<Suggestion> = None;
    for &to in targets(index, from, selection) {
        let Some(candidate) = edit(selection, index, from, to) else {
            continue;
        };
        let firms_up = !current.is_firm() && candidate.firm;
        if candidate.verdict == current.verdict.kind() && !firms_up {
            continue;
        }
        if best.is_none_or(|b| rank_key(&candidate) < rank_key(&b)) {
            best = Some(candidate);
        }
    }
    best
}

/// Smaller is better: nearest edit, firm before lean, clearest, list order.
fn rank_key(s: &Suggestion) -> (u8, bool, u8, usize) {
    (s.distance(), !s.firm, u8::MAX - s.clarity, s.requirement)
}

/// The best few of `found`, ranked: edits that change the verdict before
/// those that only make the same one firm.
fn best(
    mut found: [Option<Suggestion>; REQUIREMENT_COUNT],
    current: VerdictKind,
) -> [Option<Suggestion>; MAX_SUGGESTIONS] {
    crate::small_sort::sort_by_key(&mut found, |s| {
        s.as_ref().map_or((true, (u8::MAX, true, 0, 0)), |s| {
            (s.verdict == current, rank_key(s))
        })
    });
    let mut items = [None; MAX_SUGGESTIONS];
    let n = MAX_SUGGESTIONS.min(REQUIREMENT_COUNT);
    items[..n].copy_from_slice(&found[..n]);
    items
}

/// The edits that change the verdict of `selection`: single edits, or where
/// none does, the step down the answer depends on most.
pub fn what_would_change(selection: &Selection) -> Suggestions {
    let current = evaluate(selection);
    let mut changes = [None; REQUIREMENT_COUNT];
    let mut additions = [None; REQUIREMENT_COUNT];
    for index in 0..REQUIREMENT_COUNT {
        let found = nearest_flip(selection, index, &current);
        if selection.get(index) == Importance::Off {
            additions[index] = found;
        } else {
            changes[index] = found;
        }
    }
    let mut suggestions = Suggestions {
        changes: best(changes, current.verdict.kind()),
        additions: best(additions, current.verdict.kind()),
    };
    if suggestions.is_empty() && current.verdict.kind() != VerdictKind::NoClearWinner {
        suggestions.changes[0] = nearest_softening(selection, &current);
    }
    suggestions
}

/// Where nothing added changes the answer (a firm split, say), the nearest
/// step down of one chosen requirement that changes the verdict: what the
/// answer depends on most. (One that only makes a firm answer a lean tells
/// the reader nothing about another answer.)
fn nearest_softening(selection: &Selection, current: &Evaluation) -> Option<Suggestion> {
    let mut best: Option<Suggestion> = None;
    for (index, from) in selection.chosen() {
        let to = match from {
            Importance::Must => Importance::Important,
            Importance::Important => Importance::Nice,
            _ => continue,
        };
        let Some(candidate) = edit(selection, index, from, to) else {
            continue;
        };
        if candidate.verdict == current.verdict.kind() {
            continue;
        }
        // A must-have stepping down says more than an important one.
        let key = |s: &Suggestion| (core::cmp::Reverse(s.from), rank_key(s));
        if best.is_none_or(|b| key(&candidate) < key(&b)) {
            best = Some(candidate);
        }
    }
    best
}
