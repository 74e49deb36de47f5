//! Scoring: a [`Selection`](crate::Selection) evaluated into a verdict, its
//! grade and its evidence ([`evaluate`]), and the smallest edits that would
//! change it ([`what_would_change`]).
//!
//! The constants below are the rules' thresholds, stated once; each rule,
//! with its reason, is in `docs/decision-model.md`, whose thresholds a test
//! checks against these constants (`engine/tests/decision_model.rs`):
//! 1. only important and must-have requirements decide;
//! 2. points: `strength × weight ×` [`POINTS_PER_WEIGHT`], some pulls weaker in
//!    context, async advantages narrowed by CPU-heavy work;
//! 3. team experience is weighed apart from the technical fit;
//! 4. use both only for a part with its own reason to run apart;
//! 5. firm needs real evidence;
//! 6. a near tie is a balance;
//! 7. the article decides where it speaks (checked by the case table).
//!
//! **Clarity** (0–100) is the leading side's lead in points as a share of all
//! points, counted as at least [`FULL_EVIDENCE_POINTS`], placed inside the
//! band of the grade: no clear winner below [`LEAN_CLARITY`], a lean below
//! [`FIRM_CLARITY`], a firm answer from there. So the figure and the headline
//! never disagree.

mod decide;
mod evaluate;
mod flips;

pub use advisor_knowledge::{RequirementSet, Side, VerdictKind};
pub use evaluate::{
    evaluate, Basis, Contribution, Evaluation, Grade, Split, SplitNow, Undecided, Verdict,
};
pub use flips::{what_would_change, Suggestion, Suggestions, MAX_SUGGESTIONS};

use crate::Importance;

/// Rule 2: points a deciding requirement adds per step of strength and of
/// importance weight (important 2, must-have 4).
pub const POINTS_PER_WEIGHT: i32 = 4;

/// Rule 2: the points of a requirement of `strength` at `level`.
pub const fn points(strength: u8, level: Importance) -> i32 {
    strength as i32 * level.weight() as i32 * POINTS_PER_WEIGHT
}

/// Rule 3: the team's experience overturns a technical fit (as a lean) when
/// its margin is at least this fraction of the technical lead: one and a
/// half times.
pub const TEAM_OVERTURNS: (i32, i32) = (3, 2);

/// Rule 3: the technical fit holds against the team's experience (as a
/// lean) when its lead is at least this many times the team's margin.
pub const FIT_HOLDS_TIMES: i32 = 2;

/// Rule 3: a team whose margin is below this fraction of its points knows
/// both frameworks alike, and settles nothing.
pub const TEAM_ALIKE_BELOW: (i32, i32) = (1, 4);

/// Rule 5: the team's experience counts as one more agreeing signal from
/// this margin (a clear need's worth: strength 3, important).
pub const TEAM_SIGNAL_POINTS: i32 = 24;

/// Rule 5: technical points a winner without a must-have needs for a firm
/// answer: a strong need and another clear one (a staff admin and
/// migrations).
pub const FIRM_WITHOUT_MUST_POINTS: i32 = 32;

/// Rule 5: the other side's technical pull may be at most this fraction of
/// the winner's for a firm answer: a third.
pub const OPPOSITION_AT_MOST: (i32, i32) = (1, 3);

/// Rule 6: technical leads below this share (percent) of all technical
/// points are a balance between two workable options.
pub const NEAR_TIE_PERCENT: i32 = 12;

/// Clarity from which there is a winner (a lean).
pub const LEAN_CLARITY: u8 = 20;

/// Clarity from which a verdict is stated firmly.
pub const FIRM_CLARITY: u8 = 60;

/// Points at which the evidence counts as complete: two clear must-haves.
pub const FULL_EVIDENCE_POINTS: i32 = 64;

/// Points of one strong must-have: the yardstick for each part of a split.
pub const STRONG_MUST_POINTS: i32 = 48;
