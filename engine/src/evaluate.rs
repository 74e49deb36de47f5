//! Scoring a [`Selection`] into a verdict, one clarity figure and ranked reasons.
//!
//! The model:
//! - Each chosen requirement adds `strength × weight(importance) × 4` points to
//!   the side it leans to (weights: nice-to-have 1, important 2, must-have 4).
//!   CPU-heavy work scales every async-sensitive FastAPI advantage by
//!   `(4 − level)/4` — ¾, ½ or ¼ — because the GIL binds both frameworks alike.
//! - **Use both** when the project is a Django web application (a must-have
//!   with the `web-app` role: server-rendered pages or a staff admin) *and* has a
//!   separable part that gains from async (a must-have with the `async-service`
//!   role: model inference or many open connections), unless CPU-heavy work is
//!   itself a must-have (async would gain little; worker processes fit better).
//!   A database, sign-in, an API or generated docs never split a project: either
//!   framework covers them.
//! - Otherwise the side with more points, graded by its clarity: under
//!   [`LEAN_CLARITY`] **no clear winner** (a near-tie, or too little to go
//!   on), from there a **lean**, from [`FIRM_CLARITY`] a **firm** answer.
//!
//! **Clarity** (0–100) is the one measure of how clear the answer is: the
//! leading side's lead in points, as a share of all points — counted as at
//! least [`FULL_EVIDENCE_POINTS`] (two clear must-haves' worth), so that one
//! slight preference cannot look decisive. For "use both" it is how strongly
//! the weaker of the two parts is needed, against one strong must-have.

use crate::{Importance, Lean, Role, Selection, REQUIREMENTS, REQUIREMENT_COUNT};

/// Clarity below which there is no clear winner.
pub const LEAN_CLARITY: u8 = 15;

/// Points at which the evidence counts as complete: two clear must-haves.
pub const FULL_EVIDENCE_POINTS: i32 = 64;

/// Clarity from which a verdict is stated firmly rather than as a lean.
pub const FIRM_CLARITY: u8 = 50;

/// Points of one strong must-have: the yardstick for each part of a split.
const STRONG_MUST_POINTS: i32 = 48;

/// The verdict without its details: what the suggestions compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerdictKind {
    /// Nothing decisive yet.
    NoClearWinner,
    /// Django fits best.
    Django,
    /// FastAPI fits best.
    FastApi,
    /// Use both, split by part.
    Both,
}

impl VerdictKind {
    /// Its stable machine name (`none`, `django`, `fastapi`, `both`): the
    /// `verdict` of the embed's events and the widget's `is-…` class names.
    pub const fn id(self) -> &'static str {
        match self {
            VerdictKind::NoClearWinner => "none",
            VerdictKind::Django => "django",
            VerdictKind::FastApi => "fastapi",
            VerdictKind::Both => "both",
        }
    }
}

/// Why there is no clear winner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Undecided {
    /// Nothing is switched on.
    NothingChosen,
    /// Only workload modifiers (CPU-heavy work) are on: they favour neither side.
    OnlyWorkload,
    /// Everything chosen leans one way, but too slightly to go on.
    TooLittle,
    /// The requirements pull both ways and neither side leads clearly.
    Balanced,
}

/// A set of requirement indices (the knowledge base has at most 32).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RequirementSet(u32);

impl RequirementSet {
    /// The set with these bits (bit `i` is requirement `i`).
    pub const fn from_bits(bits: u32) -> Self {
        RequirementSet(bits)
    }

    /// Adds requirement `index`.
    pub fn insert(&mut self, index: usize) {
        self.0 |= 1 << index;
    }

    /// True when requirement `index` is in the set.
    pub const fn contains(&self, index: usize) -> bool {
        self.0 & (1 << index) != 0
    }

    /// True when the set is empty.
    pub const fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// The indices in the set, ascending.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..REQUIREMENT_COUNT).filter(move |i| self.contains(*i))
    }
}

/// Which parts of the system each framework runs in a "use both" verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Split {
    /// Chosen Django-leaning requirements that name a part: the web application.
    pub django: RequirementSet,
    /// Chosen async-service requirements: the FastAPI service.
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
    /// away from async-sensitive advantages (0 when there were none).
    pub points: u16,
    /// True when CPU-heavy work shrank this async-sensitive advantage.
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
    /// How clear the answer is, 0–100 (see the module docs).
    pub clarity: u8,
    /// Points pulling towards Django.
    pub django_points: u16,
    /// Points pulling towards FastAPI (after CPU-heavy narrowing).
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

    /// True when the verdict is stated firmly; false for a lean or no winner.
    pub fn is_firm(&self) -> bool {
        self.verdict.kind() != VerdictKind::NoClearWinner && self.clarity >= FIRM_CLARITY
    }

    /// Clarity with the winner's direction, in permille: −1000 is a fully
    /// clear Django answer, +1000 a fully clear FastAPI one; 0 for "use both"
    /// and for no clear winner.
    pub fn score_permille(&self) -> i16 {
        let clarity = i16::from(self.clarity) * 10;
        match self.verdict {
            Verdict::Django => -clarity,
            Verdict::FastApi => clarity,
            Verdict::Both(_) | Verdict::NoClearWinner(_) => 0,
        }
    }
}

/// Scales an async-sensitive advantage for CPU-heavy work of level `cpu`.
fn narrowed(points: i32, cpu: Importance) -> i32 {
    points * (4 - i32::from(cpu.rank())) / 4
}

/// Which chosen parts each framework would run in a "use both" answer: the
/// Django-leaning requirements that name a part, and the async-service ones,
/// each at least important. Whether the project splits at all is decided in
/// [`evaluate`], from the must-haves of each role.
fn split_of(selection: &Selection) -> Split {
    let mut split = Split {
        django: RequirementSet::default(),
        fastapi: RequirementSet::default(),
    };
    for (index, level) in selection.chosen() {
        let req = &REQUIREMENTS[index];
        if level < Importance::Important {
            continue;
        }
        match (req.lean, req.role) {
            (Lean::Django, _) if req.part.is_some() => split.django.insert(index),
            (Lean::FastApi, Some(Role::AsyncService)) => split.fastapi.insert(index),
            _ => {}
        }
    }
    split
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
    // The strongest must-have of each role: how firmly each part of a split is needed.
    let (mut web_points, mut service_points) = (0i32, 0i32);

    for (index, importance) in selection.chosen() {
        let req = &REQUIREMENTS[index];
        let full = i32::from(req.strength) * i32::from(importance.weight()) * 4;
        let dampened = req.async_sensitive && cpu != Importance::Off;
        let points = if dampened { narrowed(full, cpu) } else { full };
        narrowed_total += full - points;
        match req.lean {
            Lean::Django => django += points,
            Lean::FastApi => fastapi += points,
            Lean::Neutral => continue,
        }
        if importance == Importance::Must {
            match req.role {
                Some(Role::WebApp) => web_points = web_points.max(points),
                Some(Role::AsyncService) => service_points = service_points.max(points),
                None => {}
            }
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
    crate::small_sort::sort_by_key(&mut contributions[..count], |c| {
        (u16::MAX - c.points, c.requirement)
    });

    let total = django + fastapi;
    let margin = (fastapi - django).abs();
    let clarity = margin * 100 / total.max(FULL_EVIDENCE_POINTS);
    // A Django web app with a separable async service, unless CPU-heavy work
    // is a must-have (async would gain little there).
    let splits = web_points > 0 && service_points > 0 && cpu < Importance::Must;
    let (verdict, clarity) = if splits {
        let weaker = web_points.min(service_points);
        (
            Verdict::Both(split_of(selection)),
            (weaker * 100 / STRONG_MUST_POINTS).min(100),
        )
    } else if total == 0 && selection.is_empty() {
        (Verdict::NoClearWinner(Undecided::NothingChosen), 0)
    } else if total == 0 {
        (Verdict::NoClearWinner(Undecided::OnlyWorkload), 0)
    } else if clarity < i32::from(LEAN_CLARITY) {
        let why = if django == 0 || fastapi == 0 {
            Undecided::TooLittle
        } else {
            Undecided::Balanced
        };
        (Verdict::NoClearWinner(why), clarity)
    } else if fastapi > django {
        (Verdict::FastApi, clarity)
    } else {
        (Verdict::Django, clarity)
    };

    Evaluation {
        verdict,
        clarity: clarity as u8,
        django_points: django as u16,
        fastapi_points: fastapi as u16,
        contributions,
        contribution_count: count as u8,
    }
}
