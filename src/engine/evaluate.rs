//! Scoring a [`Selection`] into a verdict, a lean, a confidence and ranked reasons.
//!
//! The model, in one paragraph: each chosen requirement adds
//! `strength × weight(importance) × 4` points to the side it leans to
//! (weights: nice 1, important 2, must-have 4). CPU-bound work scales every
//! async-sensitive FastAPI advantage by `(4 − rank)/4` — ¾, ½ or ¼ — because the
//! GIL binds both frameworks equally there. The verdict is:
//! 1. **Both** when each side has a must-have of at least clear strength that
//!    names a component, i.e. a part that can live in its own service;
//! 2. otherwise **no clear winner** when nothing leans either way, or the lean is
//!    under 20 % of all points (a near-tie is not a reason to run two stacks);
//! 3. otherwise the side the points lean to.

use super::{Importance, Lean, Selection, REQUIREMENTS, REQUIREMENT_COUNT};

/// Lean (in permille of all points) below which the result is a near-tie.
pub const NEAR_TIE_PERMILLE: i32 = 200;

/// Points at which the evidence counts as complete (one clear must-have).
const FULL_EVIDENCE_POINTS: i32 = 32;

/// The verdict without its details: what the flip analysis compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerdictKind {
    /// Nothing decisive yet.
    NoClearWinner,
    /// Django fits best.
    Django,
    /// FastAPI fits best.
    FastApi,
    /// Use both, split by component.
    Both,
}

/// Why there is no clear winner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Undecided {
    /// No requirement that leans either way is on.
    NothingChosen,
    /// The requirements pull both ways about equally.
    Balanced,
}

/// A set of requirement indices (the knowledge base has at most 32).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RequirementSet(u32);

impl RequirementSet {
    /// Adds requirement `index`.
    pub fn insert(&mut self, index: usize) {
        self.0 |= 1 << index;
    }

    /// True when requirement `index` is in the set.
    pub fn contains(&self, index: usize) -> bool {
        self.0 & (1 << index) != 0
    }

    /// True when the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// The indices in the set, ascending.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..REQUIREMENT_COUNT).filter(move |i| self.contains(*i))
    }
}

/// Which requirements' components go to which framework in a "both" verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Split {
    /// Must-haves with components that Django should own.
    pub django: RequirementSet,
    /// Must-haves with components that a FastAPI service should own.
    pub fastapi: RequirementSet,
}

/// The engine's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Nothing decisive yet, and why.
    NoClearWinner(Undecided),
    /// Django fits best.
    Django,
    /// FastAPI fits best.
    FastApi,
    /// Use both frameworks, split like this.
    Both(Split),
}

impl Verdict {
    /// The verdict without its details.
    pub fn kind(&self) -> VerdictKind {
        match self {
            Verdict::NoClearWinner(_) => VerdictKind::NoClearWinner,
            Verdict::Django => VerdictKind::Django,
            Verdict::FastApi => VerdictKind::FastApi,
            Verdict::Both(_) => VerdictKind::Both,
        }
    }
}

/// What one chosen requirement did to the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Contribution {
    /// Index into [`REQUIREMENTS`].
    pub requirement: usize,
    /// The level the reader gave it.
    pub importance: Importance,
    /// Points added to its side; for a neutral requirement, points it took
    /// away from async-sensitive advantages.
    pub points: u16,
    /// True when CPU-bound work shrank this async-sensitive advantage.
    pub dampened: bool,
}

impl Contribution {
    /// The side this contribution pulls towards.
    pub fn lean(&self) -> Lean {
        REQUIREMENTS[self.requirement].lean
    }
}

/// Everything the engine concluded about one selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Evaluation {
    /// The verdict.
    pub verdict: Verdict,
    /// Lean in permille: −1000 is all Django, +1000 all FastAPI, 0 even.
    pub lean_permille: i16,
    /// How sure the verdict is, 0–100.
    pub confidence: u8,
    /// Points pulling towards Django.
    pub django_points: u16,
    /// Points pulling towards FastAPI (after CPU-bound narrowing).
    pub fastapi_points: u16,
    contributions: [Contribution; REQUIREMENT_COUNT],
    contribution_count: u8,
}

impl Evaluation {
    /// Contributions of the chosen requirements, largest first (ties in
    /// knowledge-base order).
    pub fn contributions(&self) -> &[Contribution] {
        &self.contributions[..usize::from(self.contribution_count)]
    }
}

/// Scales an async-sensitive advantage for CPU-bound work of level `cpu`.
fn narrowed(points: i32, cpu: Importance) -> i32 {
    points * (4 - i32::from(cpu.rank())) / 4
}

/// Evaluates a selection. Pure, deterministic and allocation-free.
pub fn evaluate(selection: &Selection) -> Evaluation {
    let cpu = REQUIREMENTS
        .iter()
        .enumerate()
        .filter(|(_, r)| r.narrows_async)
        .map(|(i, _)| selection.get(i))
        .max()
        .unwrap_or(Importance::Off);

    let empty = Contribution {
        requirement: 0,
        importance: Importance::Off,
        points: 0,
        dampened: false,
    };
    let mut contributions = [empty; REQUIREMENT_COUNT];
    let mut count = 0;
    let (mut django, mut fastapi, mut narrowed_total) = (0i32, 0i32, 0i32);
    let mut split = Split {
        django: RequirementSet::default(),
        fastapi: RequirementSet::default(),
    };

    for (index, importance) in selection.chosen() {
        let req = &REQUIREMENTS[index];
        let full = i32::from(req.strength) * i32::from(importance.weight()) * 4;
        let dampened = req.async_sensitive && cpu != Importance::Off;
        let points = if dampened { narrowed(full, cpu) } else { full };
        narrowed_total += full - points;
        let decisive =
            importance == Importance::Must && req.strength >= 2 && req.component.is_some();
        match req.lean {
            Lean::Django => {
                django += points;
                if decisive {
                    split.django.insert(index);
                }
            }
            Lean::FastApi => {
                fastapi += points;
                if decisive {
                    split.fastapi.insert(index);
                }
            }
            Lean::Neutral => continue,
        }
        contributions[count] = Contribution {
            requirement: index,
            importance,
            points: points as u16,
            dampened,
        };
        count += 1;
    }
    // Neutral requirements are explained by what they took away.
    for (index, importance) in selection.chosen() {
        if REQUIREMENTS[index].lean == Lean::Neutral {
            contributions[count] = Contribution {
                requirement: index,
                importance,
                points: narrowed_total as u16,
                dampened: false,
            };
            count += 1;
        }
    }
    contributions[..count].sort_unstable_by_key(|c| (u16::MAX - c.points, c.requirement));

    let total = django + fastapi;
    let score = fastapi - django;
    let lean = if total == 0 { 0 } else { score * 1000 / total };
    let evidence = total.min(FULL_EVIDENCE_POINTS);
    let (verdict, confidence) = if !split.django.is_empty() && !split.fastapi.is_empty() {
        (Verdict::Both(split), evidence * 100 / FULL_EVIDENCE_POINTS)
    } else if total == 0 {
        (Verdict::NoClearWinner(Undecided::NothingChosen), 0)
    } else if lean.abs() < NEAR_TIE_PERMILLE {
        (Verdict::NoClearWinner(Undecided::Balanced), 0)
    } else {
        let side = if score > 0 {
            Verdict::FastApi
        } else {
            Verdict::Django
        };
        (side, lean.abs() * evidence / (10 * FULL_EVIDENCE_POINTS))
    };

    Evaluation {
        verdict,
        lean_permille: lean as i16,
        confidence: confidence as u8,
        django_points: django as u16,
        fastapi_points: fastapi as u16,
        contributions,
        contribution_count: count as u8,
    }
}
