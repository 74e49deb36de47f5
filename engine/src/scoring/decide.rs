//! The weighing: from what `evaluate.rs` gathered to a verdict, what it
//! rests on and its clarity. Rules 3 to 6 of `docs/decision-model.md`, with
//! the thresholds named in `scoring/mod.rs`.

use super::evaluate::{Basis, Pull, Split, SplitNow, Undecided, Verdict};
use super::{
    points, RequirementSet, Side, FIRM_CLARITY, FIRM_WITHOUT_MUST_POINTS, FIT_HOLDS_TIMES,
    FULL_EVIDENCE_POINTS, LEAN_CLARITY, NEAR_TIE_PERCENT, OPPOSITION_AT_MOST, STRONG_MUST_POINTS,
    TEAM_ALIKE_BELOW, TEAM_OVERTURNS, TEAM_SIGNAL_POINTS,
};
use crate::{
    knowledge::{Evidence, Members as _, REQUIREMENTS},
    Selection,
};

/// What [`decide`] weighs, gathered by `evaluate`; each pair is per side.
pub(super) struct Decision<'a> {
    pub selection: &'a Selection,
    /// The selection without its nice-to-haves.
    pub core: &'a Selection,
    /// Pages or a staff admin decide: a Django web application.
    pub web_app: bool,
    /// The parts that run apart (rule 4).
    pub split_off: RequirementSet,
    /// Of those, the ones apart only because a part must deploy on its own.
    pub deployed_apart: RequirementSet,
    /// Why the split is two services now, if it is.
    pub split_now: SplitNow,
    /// Technical points.
    pub technical: [i32; 2],
    /// The team's experience, in points.
    pub team: [i32; 2],
    /// Deciding technical needs that count as evidence.
    pub signals: [u8; 2],
    /// Technical must-haves.
    pub musts: [u8; 2],
    /// Technical must-haves of clear strength (2 or 3).
    pub strong_musts: [u8; 2],
    /// Deciding technical needs whose answer on the other framework is not
    /// routine.
    pub unroutine: [u8; 2],
    /// Points of needs the other framework covers routinely, short of
    /// must-haves: no pull against a firm answer there.
    pub routine: [i32; 2],
    /// The team's experience of that framework is a must-have.
    pub team_must: [bool; 2],
    /// Parts of the system (a role) pulling at full strength.
    pub parts: [u8; 2],
    /// The strongest technical pull, to name against a lean.
    pub largest: [Option<Pull>; 2],
}

/// A grade's band of clarity.
#[derive(Clone, Copy)]
enum Band {
    Undecided,
    Lean,
    Firm,
}

/// Maps a 0–100 lead into the clarity band of a grade.
fn banded(lead: i32, band: Band) -> u8 {
    let lead = lead.clamp(0, 100);
    (match band {
        Band::Undecided => lead * i32::from(LEAN_CLARITY - 1) / 100,
        Band::Lean => {
            i32::from(LEAN_CLARITY) + lead * i32::from(FIRM_CLARITY - LEAN_CLARITY - 1) / 100
        }
        Band::Firm => i32::from(FIRM_CLARITY) + lead * (100 - i32::from(FIRM_CLARITY)) / 100,
    }) as u8
}

/// A lead as a share of the evidence (0–100), with the evidence floor.
fn lead(margin: i32, total: i32) -> i32 {
    margin * 100 / total.max(FULL_EVIDENCE_POINTS)
}

/// The verdict, its basis and its clarity.
pub(super) fn decide(d: &Decision) -> (Verdict, Basis, u8) {
    let undecided = |why, lead_points: i32| {
        (
            Verdict::NoClearWinner(why),
            Basis::Undecided,
            banded(lead_points, Band::Undecided),
        )
    };
    if d.web_app && !d.split_off.is_empty() {
        return split(d);
    }
    let [td, tf] = d.technical;
    let [kd, kf] = d.team;
    if td + tf + kd + kf == 0 {
        let why = if d.selection.is_empty() {
            Undecided::NothingChosen
        } else if d
            .selection
            .chosen()
            .all(|(i, _)| REQUIREMENTS[i].lean.is_none())
        {
            Undecided::OnlyWorkload
        } else {
            Undecided::TooLittle
        };
        return undecided(why, 0);
    }
    let team_margin = (kd - kf).abs();
    let team_side = if kf > kd { Side::FastApi } else { Side::Django };
    if td + tf == 0 {
        // Only the team's experience: a lean, unless it knows both alike.
        let (alike, of) = TEAM_ALIKE_BELOW;
        if team_margin * of < (kd + kf) * alike {
            return undecided(Undecided::TooLittle, 0);
        }
        let lead = lead(team_margin, kd + kf);
        return (
            Verdict::of(team_side),
            Basis::TeamOnly,
            banded(lead, Band::Lean),
        );
    }
    let winner = if tf > td { Side::FastApi } else { Side::Django };
    let loser = winner.other();
    let margin = (td - tf).abs();
    let total = td + tf;
    // The team knows its framework as a must-have, and every need pulling the
    // other way is routine there (Django Ninja for an API, SQLAlchemy with
    // Alembic for migrations): its framework, firmly, however many such
    // needs there are.
    let near_tie = margin * 100 < NEAR_TIE_PERCENT * total;
    let routine_against = d.team_must[team_side] && d.unroutine[team_side.other()] == 0;
    if team_margin > 0 && routine_against && d.technical[team_side.other()] > 0 {
        let lead = lead(team_margin + d.technical[team_side], total + kd + kf);
        return (
            Verdict::of(team_side),
            Basis::TeamKnowsIt,
            banded(lead, Band::Firm),
        );
    }
    let team_decides = |lead: i32| {
        (
            Verdict::of(team_side),
            Basis::TeamDecides,
            banded(lead, Band::Lean),
        )
    };
    if near_tie {
        // Two workable options: the team's experience decides, if it leans.
        if team_margin > 0 {
            return team_decides(lead(team_margin, total + kd + kf));
        }
        return undecided(Undecided::Balanced, lead(margin, total));
    }
    if team_margin > 0 && team_side == loser {
        // The team fights the technical fit.
        let (times, per) = TEAM_OVERTURNS;
        if team_margin * per >= margin * times {
            return team_decides(lead(team_margin - margin, total + kd + kf));
        }
        if margin >= team_margin * FIT_HOLDS_TIMES {
            let lead = lead(margin - team_margin, total + kd + kf);
            return (
                Verdict::of(winner),
                Basis::TeamAgainst,
                banded(lead, Band::Lean),
            );
        }
        let lead = lead((margin - team_margin).abs(), total + kd + kf);
        return undecided(Undecided::FitVersusTeam, lead);
    }
    let team_agrees = team_margin >= TEAM_SIGNAL_POINTS && team_side == winner;
    let evidence = d.signals[winner] + u8::from(team_agrees);
    // Two agreeing signals with a must-have or a strong need, or three with
    // the team's experience among them.
    let enough = (evidence >= 2
        && (d.musts[winner] > 0 || d.technical[winner] >= FIRM_WITHOUT_MUST_POINTS))
        || (evidence >= 3 && team_agrees);
    let (at_most, of) = OPPOSITION_AT_MOST;
    let opposition = d.technical[loser] - d.routine[loser];
    let opposition_small = opposition * of <= d.technical[winner] * at_most;
    let strong_against = d.strong_musts[loser] > 0 || d.parts[loser] > 0;
    let lead = lead(margin, total);
    let basis = if enough && opposition_small && !strong_against {
        Basis::Agreement
    } else if strong_against || !opposition_small {
        Basis::PullAgainst(d.largest[loser].map_or(0, |pull| pull.requirement.0))
    } else if evidence == 1 {
        Basis::OneSignal
    } else {
        Basis::NoMustHave
    };
    let band = if basis == Basis::Agreement {
        Band::Firm
    } else {
        Band::Lean
    };
    (Verdict::of(winner), basis, banded(lead, band))
}

/// The "use both" answer: the Django web application and the parts that
/// run apart; firm when running two services now is stated ([`SplitNow`]),
/// else Django now and a FastAPI service later.
fn split(d: &Decision) -> (Verdict, Basis, u8) {
    let mut split = Split {
        django: RequirementSet::default(),
        fastapi: d.split_off,
        deployed_apart: d.deployed_apart,
        because: SplitNow::NotYet,
    };
    let mut web_points = 0;
    for (index, level) in d.core.chosen() {
        let req = &REQUIREMENTS[index];
        if req.lean == Some(Side::Django) && req.evidence == Evidence::Technical {
            web_points = web_points.max(points(req.strength, level));
            if req.part.is_some() {
                split.django.insert(index);
            }
        }
    }
    let service_points = d
        .split_off
        .iter()
        .map(|i| points(REQUIREMENTS[i].strength, d.core.get(i)))
        .max()
        .unwrap_or(0);
    let lead = web_points.min(service_points) * 100 / STRONG_MUST_POINTS;
    if d.split_now.is_now() {
        split.because = d.split_now;
        (
            Verdict::Both(split),
            Basis::SplitFirm,
            banded(lead, Band::Firm),
        )
    } else {
        if d.split_now == SplitNow::Quiet {
            split.because = SplitNow::Quiet;
        }
        (
            Verdict::Both(split),
            Basis::SplitLean,
            banded(lead, Band::Lean),
        )
    }
}
