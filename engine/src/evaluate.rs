//! Scoring a [`Selection`]: which answer, how firmly it is stated and on what
//! evidence, one clarity figure, and what each requirement contributed.
//!
//! The rules (each with its reason in `docs/decision-model.md`):
//! 1. **Only important and must-have requirements decide.** Nice-to-haves are
//!    listed with the result but never change the verdict or its grade; with
//!    nothing else chosen they are too little to go on.
//! 2. **Points**: `strength × weight × 4` (important 2, must-have 4). Some
//!    pulls are weaker in context (the knowledge base's `context`: tokens
//!    instead of sessions for API clients, Channels inside a Django app, DRF
//!    beside server-rendered pages); CPU-heavy work scales async-sensitive
//!    advantages by `(4 − level)/4`, because the GIL binds both frameworks.
//! 3. **Use both** when the project is a Django web application (pages or a
//!    staff admin, at least important) *and* a part has its own reason to run
//!    apart: model inference as a must-have (its libraries, hardware and
//!    scaling; unless CPU-heavy work is a must-have too and nothing says it
//!    deploys on its own, then worker processes fit), live connections or an
//!    API whose traffic is a must-have, or any of them when the reader says a
//!    part must deploy on its own. Firm when the web app rests on two or more
//!    needs and the reason to split is stated: the part (or its traffic) a
//!    must-have and the reader saying it deploys on its own, or a live or API
//!    part whose traffic is a must-have; a lean otherwise (a must-have model
//!    alone can also start in a worker beside the web app).
//! 4. **Team experience is weighed apart from the technical fit.** Alone, or
//!    deciding between workable options, it gives a lean; fighting a technical
//!    fit it lowers that fit to a lean, overturns it (as a lean) when it is
//!    at least one and a half times the technical lead, and leaves no clear
//!    winner when the technical lead is not twice it either.
//! 5. **Firm needs real evidence**: at least two independent signals agreeing
//!    (the team's experience counts as one) with a must-have among the needs
//!    or a strong need plus another, or three with the team among them; the
//!    other side's technical pull at most a
//!    third of the winner's, no must-have of clear strength and no part of
//!    the system pulling against it, and the team not against it. One signal
//!    is a lean at most.
//! 6. Technical points within [`NEAR_TIE_PERCENT`] of each other are a
//!    balance: two workable options.
//!
//! **Clarity** (0–100) is the leading side's lead in points as a share of all
//! points, counted as at least [`FULL_EVIDENCE_POINTS`], placed inside the
//! band of the grade: no clear winner below [`LEAN_CLARITY`], a lean below
//! [`FIRM_CLARITY`], a firm answer from there. So the figure and the headline
//! never disagree.

use crate::{
    knowledge::{Evidence, Lean, Members as _, Role, Separable, REQUIREMENTS, REQUIREMENT_COUNT},
    Importance, Selection,
};
use advisor_knowledge::Facts;
pub use advisor_knowledge::{RequirementSet, VerdictKind};

/// Clarity from which there is a winner (a lean).
pub const LEAN_CLARITY: u8 = 20;

/// Clarity from which a verdict is stated firmly.
pub const FIRM_CLARITY: u8 = 60;

/// Points at which the evidence counts as complete: two clear must-haves.
pub const FULL_EVIDENCE_POINTS: i32 = 64;

/// Technical leads below this share (percent) of all technical points are a
/// balance between two workable options.
pub const NEAR_TIE_PERCENT: i32 = 12;

/// Technical points a winner without a must-have needs for a firm answer:
/// a strong need and another clear one (e.g. a staff admin and migrations).
const FIRM_WITHOUT_MUST_POINTS: i32 = 32;

/// Points of one strong must-have: the yardstick for each part of a split.
const STRONG_MUST_POINTS: i32 = 48;

/// Why there is no clear winner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Undecided {
    /// Nothing is switched on.
    NothingChosen,
    /// Only workload facts (CPU-heavy work, a part deployed on its own) are
    /// on: they say how to run it, not which framework.
    OnlyWorkload,
    /// Too little to go on: only nice-to-haves, or a team that knows both.
    TooLittle,
    /// Real needs on both sides, each covered well by the other framework:
    /// two workable options.
    Balanced,
    /// The technical fit points one way and the team's experience the other,
    /// neither clearly the larger pull.
    FitVersusTeam,
}

/// What an answer rests on: why it is firm, a lean, or no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    /// Firm: independent needs agree and nothing strong pulls against them.
    Agreement,
    /// A lean resting on one requirement.
    OneSignal,
    /// A lean on two agreeing needs, neither of them a must-have.
    NoMustHave,
    /// A lean: this requirement (index) pulls the other way hard enough to
    /// keep it from being firm.
    PullAgainst(usize),
    /// A lean: the team's experience pulls against the technical fit.
    TeamAgainst,
    /// A lean to the team's framework: the technical needs are workable on
    /// either, and the team's experience decides.
    TeamDecides,
    /// A lean: the team's experience is all there is to go on.
    TeamOnly,
    /// Use both, firmly: a clear web application and a part with a
    /// must-have reason to run apart.
    SplitFirm,
    /// Use both, as a lean: the web application or the reason to split rests
    /// on less.
    SplitLean,
    /// No clear winner (the reason is in the verdict).
    Undecided,
}

/// Which parts of the system each framework runs in a "use both" verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Split {
    /// Chosen Django-leaning needs that name a part: the web application.
    pub django: RequirementSet,
    /// The parts that run as a FastAPI service.
    pub fastapi: RequirementSet,
}

/// The engine's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Nothing decisive yet, and why.
    NoClearWinner(Undecided),
    /// Django fits.
    Django,
    /// FastAPI fits.
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
    /// Points added to its side (0 for a nice-to-have); for CPU-heavy work,
    /// the points it took away from async-sensitive advantages.
    pub points: u16,
    /// True when CPU-heavy work shrank this async-sensitive advantage.
    pub dampened: bool,
    /// True when its knowledge-base context applies here (another stack
    /// line, and perhaps a weaker pull: see [`Contribution::weakened`]).
    pub in_context: bool,
}

impl Contribution {
    /// The side this contribution pulls towards.
    pub fn lean(&self) -> Lean {
        REQUIREMENTS[self.requirement].lean
    }

    /// True when it took part in the decision (important or must-have).
    pub fn decides(&self) -> bool {
        self.importance >= Importance::Important
    }

    /// True when its context makes it pull less here than on its own.
    pub fn weakened(&self) -> bool {
        self.in_context
            && REQUIREMENTS[self.requirement]
                .context
                .as_ref()
                .is_some_and(|c| c.strength.is_some())
    }
}

/// Everything the engine concluded about one selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Evaluation {
    /// The verdict.
    pub verdict: Verdict,
    /// What the answer rests on.
    pub basis: Basis,
    /// How clear the answer is, 0–100 (see the module docs).
    pub clarity: u8,
    /// Points pulling towards Django (needs and team, after context).
    pub django_points: u16,
    /// Points pulling towards FastAPI (needs and team, after context and
    /// CPU-heavy narrowing).
    pub fastapi_points: u16,
    contributions: [Contribution; REQUIREMENT_COUNT],
    contribution_count: u8,
}

impl Evaluation {
    /// Contributions of the chosen requirements: deciding ones first, largest
    /// first (ties in knowledge-base order), then the nice-to-haves.
    pub fn contributions(&self) -> &[Contribution] {
        &self.contributions[..usize::from(self.contribution_count)]
    }

    /// True when the verdict is stated firmly; false for a lean or no winner.
    pub fn is_firm(&self) -> bool {
        matches!(self.basis, Basis::Agreement | Basis::SplitFirm)
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

/// The side index of a lean: 0 Django, 1 FastAPI.
fn side(lean: Lean) -> Option<usize> {
    match lean {
        Lean::Django => Some(0),
        Lean::FastApi => Some(1),
        Lean::Neutral => None,
    }
}

/// The selection as the verdict sees it: nice-to-haves count as off.
fn deciding(selection: &Selection) -> Selection {
    let mut core = *selection;
    for (index, level) in selection.chosen() {
        if level < Importance::Important {
            core.set(index, Importance::Off);
        }
    }
    core
}

/// The levels of the workload facts and whether the project is a Django web
/// application, read in one pass over what decides.
#[derive(Clone, Copy)]
struct Traits {
    cpu: Importance,
    own: Importance,
    traffic: Importance,
    web_app: bool,
}

fn traits(core: &Selection) -> Traits {
    let mut t = Traits {
        cpu: Importance::Off,
        own: Importance::Off,
        traffic: Importance::Off,
        web_app: false,
    };
    for (index, level) in core.chosen() {
        let req = &REQUIREMENTS[index];
        if req.narrows_async {
            t.cpu = t.cpu.max(level);
        }
        if req.separates {
            t.own = t.own.max(level);
        }
        if req.traffic {
            t.traffic = t.traffic.max(level);
        }
        t.web_app |= req.role == Some(Role::WebApp);
    }
    t
}

/// The service parts that run apart, and whether one has a must-have reason.
fn separable_parts(core: &Selection, t: Traits) -> (RequirementSet, bool) {
    let mut parts = RequirementSet::default();
    let mut strong = false;
    if !t.web_app {
        return (parts, strong);
    }
    for (index, level) in core.chosen() {
        let Some(separable) = REQUIREMENTS[index].separable else {
            continue;
        };
        let must = level == Importance::Must;
        let reason_of_its_own = match separable {
            // CPU-bound inference as a must-have, with nothing saying it
            // deploys apart, belongs in worker processes beside the web app.
            Separable::Intrinsic => {
                must && !(t.cpu == Importance::Must && t.own == Importance::Off)
            }
            Separable::AtScale => must && t.traffic == Importance::Must,
        };
        if reason_of_its_own || t.own >= Importance::Important {
            parts.insert(index);
            // Firm only when the reason to run apart is stated: the part
            // deploys on its own, or its traffic is a must-have. A must-have
            // model alone could also start in a worker beside the web app.
            strong |= (must || t.traffic == Importance::Must)
                && (t.own >= Importance::Important
                    || (t.traffic == Importance::Must && separable == Separable::AtScale));
        }
    }
    (parts, strong)
}

/// True when the requirement's context applies to this selection.
fn in_context(deciding: RequirementSet, index: usize, split_off: RequirementSet) -> bool {
    let Some(context) = &REQUIREMENTS[index].context else {
        return false;
    };
    !split_off.contains(index) && context.when.holds(Facts::deciding(deciding))
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

#[derive(Clone, Copy)]
enum Band {
    Undecided,
    Lean,
    Firm,
}

/// A lead as a share of the evidence (0–100), with the evidence floor.
fn lead(margin: i32, total: i32) -> i32 {
    margin * 100 / total.max(FULL_EVIDENCE_POINTS)
}

/// Evaluates a selection. Pure, deterministic and allocation-free.
pub fn evaluate(selection: &Selection) -> Evaluation {
    let core = deciding(selection);
    let traits = traits(&core);
    let (cpu, web_app) = (traits.cpu, traits.web_app);
    let (split_off, strong_split) = separable_parts(&core, traits);
    let deciding_set = core.on();

    let empty = Contribution {
        requirement: 0,
        importance: Importance::Off,
        points: 0,
        dampened: false,
        in_context: false,
    };
    let mut contributions = [empty; REQUIREMENT_COUNT];
    let mut count = 0;
    // Per side (0 Django, 1 FastAPI): technical points, team points,
    // deciding technical signals, technical must-haves, and the strongest
    // opposing pull's requirement (for the basis).
    let mut technical = [0i32; 2];
    let mut team = [0i32; 2];
    let mut signals = [0u8; 2];
    let mut musts = [0u8; 2];
    let mut strong_musts = [0u8; 2];
    // Parts of the system (a role) pulling at full strength.
    let mut parts = [0u8; 2];
    let mut largest: [Option<(i32, usize)>; 2] = [None; 2];
    let mut narrowed_total = 0i32;

    for (index, importance) in selection.chosen() {
        let req = &REQUIREMENTS[index];
        let deciding = core.get(index) != Importance::Off;
        let in_context = deciding && in_context(deciding_set, index, split_off);
        let strength = match (&req.context, in_context) {
            (Some(context), true) => context.strength.unwrap_or(req.strength),
            _ => req.strength,
        };
        let full = if deciding {
            i32::from(strength) * i32::from(importance.weight()) * 4
        } else {
            0
        };
        let dampened = deciding && req.async_sensitive && cpu != Importance::Off;
        let points = if dampened {
            full * (4 - i32::from(cpu.rank())) / 4
        } else {
            full
        };
        narrowed_total += full - points;
        if let (Some(s), true) = (side(req.lean), deciding) {
            match req.evidence {
                Evidence::Team => team[s] += points,
                Evidence::Technical => {
                    technical[s] += points;
                    // CPU-heavy work as a must-have leaves an async advantage
                    // no weight of its own as evidence.
                    if !(dampened && cpu == Importance::Must) {
                        signals[s] += 1;
                    }
                    if req.role.is_some() && strength == req.strength {
                        parts[s] += 1;
                    }
                    if importance == Importance::Must {
                        musts[s] += 1;
                        if strength >= 2 {
                            strong_musts[s] += 1;
                        }
                    }
                    // The pull to name against a lean: at full strength
                    // first, then a must-have, then the larger.
                    let full = i32::from(strength == req.strength) * 10_000;
                    let must = i32::from(importance == Importance::Must) * 1000;
                    let rank = (points + must + full, index);
                    if largest[s].is_none_or(|(best, _)| rank.0 > best) {
                        largest[s] = Some(rank);
                    }
                }
            }
        }
        if req.lean != Lean::Neutral {
            contributions[count] = Contribution {
                requirement: index,
                importance,
                points: points as u16,
                dampened,
                in_context,
            };
            count += 1;
        }
    }
    // Workload facts are explained by what they changed.
    for (index, importance) in selection.chosen() {
        let req = &REQUIREMENTS[index];
        if req.lean == Lean::Neutral {
            let took = if req.narrows_async && core.get(index) != Importance::Off {
                narrowed_total
            } else {
                0
            };
            contributions[count] = Contribution {
                requirement: index,
                importance,
                points: took as u16,
                dampened: false,
                in_context: false,
            };
            count += 1;
        }
    }
    // Deciding first, then by points, then in knowledge-base order.
    crate::small_sort::sort_by_key(&mut contributions[..count], |c| {
        (u32::from(!c.decides()) << 24)
            | (u32::from(u16::MAX - c.points) << 8)
            | c.requirement as u32
    });

    let (verdict, basis, clarity) = decide(Decision {
        selection,
        core: &core,
        web_app,
        split_off,
        strong_split,
        technical,
        team,
        signals,
        musts,
        strong_musts,
        parts,
        largest,
    });
    Evaluation {
        verdict,
        basis,
        clarity,
        django_points: (technical[0] + team[0]) as u16,
        fastapi_points: (technical[1] + team[1]) as u16,
        contributions,
        contribution_count: count as u8,
    }
}

/// What [`decide`] weighs, gathered by [`evaluate`].
struct Decision<'a> {
    selection: &'a Selection,
    core: &'a Selection,
    web_app: bool,
    split_off: RequirementSet,
    strong_split: bool,
    technical: [i32; 2],
    team: [i32; 2],
    signals: [u8; 2],
    musts: [u8; 2],
    strong_musts: [u8; 2],
    parts: [u8; 2],
    largest: [Option<(i32, usize)>; 2],
}

const SIDES: [Verdict; 2] = [Verdict::Django, Verdict::FastApi];

/// The verdict, its basis and its clarity.
fn decide(d: Decision) -> (Verdict, Basis, u8) {
    let undecided = |why, lead_points: i32| {
        (
            Verdict::NoClearWinner(why),
            Basis::Undecided,
            banded(lead_points, Band::Undecided),
        )
    };
    if d.web_app && !d.split_off.is_empty() {
        return split(&d);
    }
    let [td, tf] = d.technical;
    let [kd, kf] = d.team;
    if td + tf + kd + kf == 0 {
        let why = if d.selection.is_empty() {
            Undecided::NothingChosen
        } else if d
            .selection
            .chosen()
            .all(|(i, _)| REQUIREMENTS[i].lean == Lean::Neutral)
        {
            Undecided::OnlyWorkload
        } else {
            Undecided::TooLittle
        };
        return undecided(why, 0);
    }
    let team_margin = (kd - kf).abs();
    let team_side = usize::from(kf > kd);
    if td + tf == 0 {
        // Only the team's experience: a lean, unless it knows both alike.
        if team_margin * 4 < (kd + kf) {
            return undecided(Undecided::TooLittle, 0);
        }
        let lead = lead(team_margin, kd + kf);
        return (SIDES[team_side], Basis::TeamOnly, banded(lead, Band::Lean));
    }
    let winner = usize::from(tf > td);
    let loser = 1 - winner;
    let margin = (td - tf).abs();
    let total = td + tf;
    if margin * 100 < NEAR_TIE_PERCENT * total {
        // Two workable options: the team's experience decides, if it leans.
        if team_margin > 0 {
            let lead = lead(team_margin, total + kd + kf);
            return (
                SIDES[team_side],
                Basis::TeamDecides,
                banded(lead, Band::Lean),
            );
        }
        return undecided(Undecided::Balanced, lead(margin, total));
    }
    if team_margin > 0 && team_side == loser {
        // The team fights the technical fit.
        if team_margin * 2 >= margin * 3 {
            let lead = lead(team_margin - margin, total + kd + kf);
            return (SIDES[loser], Basis::TeamDecides, banded(lead, Band::Lean));
        }
        if margin >= team_margin * 2 {
            let lead = lead(margin - team_margin, total + kd + kf);
            return (SIDES[winner], Basis::TeamAgainst, banded(lead, Band::Lean));
        }
        let lead = lead((margin - team_margin).abs(), total + kd + kf);
        return undecided(Undecided::FitVersusTeam, lead);
    }
    let team_agrees = team_margin >= 24 && team_side == winner;
    let evidence = d.signals[winner] + u8::from(team_agrees);
    // Two agreeing signals with a must-have or a strong need, or three with
    // the team's experience among them.
    let enough = (evidence >= 2
        && (d.musts[winner] > 0 || d.technical[winner] >= FIRM_WITHOUT_MUST_POINTS))
        || (evidence >= 3 && team_agrees);
    let opposition_small = d.technical[loser] * 3 <= d.technical[winner];
    let strong_against = d.strong_musts[loser] > 0 || d.parts[loser] > 0;
    let lead = lead(margin, total);
    let basis = if enough && opposition_small && !strong_against {
        Basis::Agreement
    } else if strong_against || !opposition_small {
        Basis::PullAgainst(d.largest[loser].map_or(0, |(_, index)| index))
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
    (SIDES[winner], basis, banded(lead, band))
}

/// The "use both" answer: the Django web application and the parts that
/// run apart; firm when the web app rests on two or more needs and a part
/// has a must-have reason to run apart.
fn split(d: &Decision) -> (Verdict, Basis, u8) {
    let mut split = Split {
        django: RequirementSet::default(),
        fastapi: d.split_off,
    };
    let mut web_needs = 0;
    let mut web_points = 0;
    for (index, level) in d.core.chosen() {
        let req = &REQUIREMENTS[index];
        if req.lean == Lean::Django && req.evidence == Evidence::Technical {
            web_needs += 1;
            web_points = web_points.max(i32::from(req.strength) * i32::from(level.weight()) * 4);
            if req.part.is_some() {
                split.django.insert(index);
            }
        }
    }
    let service_points = d
        .split_off
        .iter()
        .map(|i| i32::from(REQUIREMENTS[i].strength) * i32::from(d.core.get(i).weight()) * 4)
        .max()
        .unwrap_or(0);
    let lead = web_points.min(service_points) * 100 / STRONG_MUST_POINTS;
    if web_needs >= 2 && d.strong_split {
        (
            Verdict::Both(split),
            Basis::SplitFirm,
            banded(lead, Band::Firm),
        )
    } else {
        (
            Verdict::Both(split),
            Basis::SplitLean,
            banded(lead, Band::Lean),
        )
    }
}
