//! The engine's answer and what it gathers to reach it: each chosen
//! requirement's points after its context and CPU-heavy narrowing, the
//! parts that run apart, and per side the signals, must-haves and strongest
//! pull. The weighing itself is in `decide.rs`.

use super::decide::{decide, Decision};
use super::{points, RequirementSet, Side, VerdictKind};
use crate::{
    knowledge::{Evidence, Facts, Role, Separable, REQUIREMENTS, REQUIREMENT_COUNT},
    Importance, Selection,
};

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

/// How sure an answer is, in one word: what the result's `data-grade` says,
/// so tests and hosts read the grade without reading the words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Grade {
    /// Nothing is switched on yet.
    Empty,
    /// No winner: too little to go on.
    TooLittle,
    /// No winner: both serve the project (or needs and team disagree).
    Balanced,
    /// A winner, not yet firm.
    Lean,
    /// A firm answer.
    Firm,
}

impl Grade {
    /// Its stable machine name (`empty`, `too-little`, `balanced`, `lean`,
    /// `firm`).
    pub const fn id(self) -> &'static str {
        match self {
            Grade::Empty => "empty",
            Grade::TooLittle => "too-little",
            Grade::Balanced => "balanced",
            Grade::Lean => "lean",
            Grade::Firm => "firm",
        }
    }
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
    /// Firm, for the framework the team knows (a must-have): every need
    /// pulling the other way is routine on it.
    TeamKnowsIt,
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

/// Which parts of the system each framework runs in a "use both" verdict,
/// and why each service part runs apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Split {
    /// Chosen Django-leaning needs that name a part: the web application.
    pub django: RequirementSet,
    /// The parts that run as a FastAPI service.
    pub fastapi: RequirementSet,
    /// Of those, the ones that run apart only because the reader says a part
    /// must deploy and scale on its own; the others have a reason of their
    /// own (the knowledge base's `split_reason`).
    pub deployed_apart: RequirementSet,
    /// Why it is two services now, if it is.
    pub because: SplitNow,
}

/// Why a split runs two services now rather than starting as one project,
/// weakest reason first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SplitNow {
    /// It does not: nothing says a part must run apart yet (a lean).
    NotYet,
    /// A part deploys on its own, but nothing calls for FastAPI there yet:
    /// a second deployment of the Django project would do (a lean).
    Quiet,
    /// The team already runs both frameworks.
    TeamRunsBoth,
    /// The model serves every page view at must-have traffic.
    EveryPageView,
    /// A part must deploy and scale on its own, as the reader says.
    DeploysApart,
}

impl SplitNow {
    /// True when the reason is one to run two services from the start.
    pub fn is_now(self) -> bool {
        self > SplitNow::Quiet
    }
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

    /// The framework a Django or FastAPI verdict chooses.
    pub fn side(&self) -> Option<Side> {
        match self {
            Verdict::Django => Some(Side::Django),
            Verdict::FastApi => Some(Side::FastApi),
            Verdict::Both(_) | Verdict::NoClearWinner(_) => None,
        }
    }

    /// The verdict that chooses `side`.
    pub fn of(side: Side) -> Verdict {
        match side {
            Side::Django => Verdict::Django,
            Side::FastApi => Verdict::FastApi,
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
    /// The side this contribution pulls towards (`None`: a workload fact).
    pub fn side(&self) -> Option<Side> {
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
        matches!(
            self.basis,
            Basis::Agreement | Basis::SplitFirm | Basis::TeamKnowsIt
        )
    }

    /// How sure the answer is, in one word.
    pub fn grade(&self) -> Grade {
        match self.verdict {
            Verdict::NoClearWinner(Undecided::NothingChosen) => Grade::Empty,
            Verdict::NoClearWinner(Undecided::OnlyWorkload | Undecided::TooLittle) => {
                Grade::TooLittle
            }
            Verdict::NoClearWinner(Undecided::Balanced | Undecided::FitVersusTeam) => {
                Grade::Balanced
            }
            _ if self.is_firm() => Grade::Firm,
            _ => Grade::Lean,
        }
    }

    /// Clarity with the winner's direction, in permille: −1000 is a fully
    /// clear Django answer, +1000 a fully clear FastAPI one; 0 for "use both"
    /// and for no clear winner.
    pub fn score_permille(&self) -> i16 {
        let clarity = i16::from(self.clarity) * 10;
        match self.verdict.side() {
            Some(Side::Django) => -clarity,
            Some(Side::FastApi) => clarity,
            None => 0,
        }
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
    /// The team's experience of each framework.
    team: [Importance; 2],
}

fn traits(core: &Selection) -> Traits {
    let mut t = Traits {
        cpu: Importance::Off,
        own: Importance::Off,
        traffic: Importance::Off,
        web_app: false,
        team: [Importance::Off; 2],
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
        if let (Evidence::Team, Some(side)) = (req.evidence, req.lean) {
            t.team[side] = t.team[side].max(level);
        }
    }
    t
}

/// The service parts that run apart (rule 4), which of them only because a
/// part must deploy on its own, and whether the split is stated firmly.
///
/// A part runs apart when it has a reason of its own (a model as a
/// must-have; live connections or an API whose traffic is a must-have) or
/// when the reader says a part deploys on its own. The split is firm only
/// when running two services now is stated, not inferred: a part that must
/// deploy on its own (a model, or an API or live connections under busy
/// traffic), a model that serves every page view at must-have
/// traffic, or a team that already runs both frameworks. An API or live
/// connections that are busy but belong to one product start inside it.
fn separable_parts(core: &Selection, t: Traits) -> (RequirementSet, RequirementSet, SplitNow) {
    let mut parts = RequirementSet::default();
    let mut deployed_apart = RequirementSet::default();
    let mut because = SplitNow::NotYet;
    if !t.web_app {
        return (parts, deployed_apart, because);
    }
    let traffic = t.traffic == Importance::Must;
    let knows_both = t.team.iter().all(|level| *level >= Importance::Important);
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
            // Busy traffic makes an API or live connections a candidate,
            // needed or wanted.
            Separable::AtScale => traffic,
        };
        if reason_of_its_own || t.own >= Importance::Important {
            parts.insert(index);
            if !reason_of_its_own {
                deployed_apart.insert(index);
            }
            // Deploying on its own alone does not call for FastAPI now: a
            // second deployment of the same Django project scales apart too.
            // It does for a model, and for an API or live connections under
            // busy traffic.
            let busy = separable == Separable::Intrinsic || t.traffic >= Importance::Important;
            let now = if (must || traffic) && t.own >= Importance::Important && busy {
                SplitNow::DeploysApart
            } else if separable == Separable::Intrinsic && must && traffic {
                SplitNow::EveryPageView
            } else if must && knows_both {
                SplitNow::TeamRunsBoth
            } else if t.own >= Importance::Important {
                SplitNow::Quiet
            } else {
                SplitNow::NotYet
            };
            because = because.max(now);
        }
    }
    (parts, deployed_apart, because)
}

/// True when the requirement's context applies to this selection.
fn in_context(deciding: RequirementSet, index: usize, split_off: RequirementSet) -> bool {
    let Some(context) = &REQUIREMENTS[index].context else {
        return false;
    };
    !split_off.contains(index) && context.when.holds(Facts::deciding(deciding))
}

/// The strongest pull of one side, to name against a lean: one the other
/// framework does not cover routinely first, then at full strength, then a
/// must-have, then the larger (ties: the first in the knowledge base).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Pull {
    /// Not routine on the other framework: the pull to name first.
    unroutine: bool,
    full_strength: bool,
    must: bool,
    points: i32,
    /// The requirement (later ones lose ties).
    pub requirement: core::cmp::Reverse<usize>,
}

/// Evaluates a selection. Pure, deterministic and allocation-free.
pub fn evaluate(selection: &Selection) -> Evaluation {
    let core = deciding(selection);
    let traits = traits(&core);
    let (cpu, web_app) = (traits.cpu, traits.web_app);
    let (split_off, deployed_apart, split_now) = separable_parts(&core, traits);
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
    let mut d = Decision {
        selection,
        core: &core,
        web_app,
        split_off,
        deployed_apart,
        split_now,
        technical: [0; 2],
        team: [0; 2],
        signals: [0; 2],
        musts: [0; 2],
        strong_musts: [0; 2],
        unroutine: [0; 2],
        routine: [0; 2],
        team_must: [false; 2],
        parts: [0; 2],
        largest: [None; 2],
    };
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
            points(strength, importance)
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
        if let (Some(s), true) = (req.lean, deciding) {
            match req.evidence {
                Evidence::Team => {
                    d.team[s] += points;
                    d.team_must[s] |= importance == Importance::Must;
                }
                Evidence::Technical => {
                    d.technical[s] += points;
                    // CPU-heavy work as a must-have leaves an async advantage
                    // no weight of its own as evidence.
                    if !(dampened && cpu == Importance::Must) {
                        d.signals[s] += 1;
                    }
                    // A need the other framework covers routinely (an API on
                    // Django Ninja, migrations with Alembic) does not hold
                    // back a firm answer there, must-have or not.
                    let routine = req.routine_for_other;
                    if routine {
                        d.routine[s] += points;
                    }
                    if req.role.is_some() && strength == req.strength && !routine {
                        d.parts[s] += 1;
                    }
                    if importance == Importance::Must {
                        d.musts[s] += 1;
                        // A context the other framework covers even as a
                        // must-have softens the pull; one it only softens
                        // (high traffic beside pages) does not.
                        let covered = in_context && req.context.as_ref().is_some_and(|c| c.covered);
                        let counted = if covered { strength } else { req.strength };
                        if counted >= 2 && !routine {
                            d.strong_musts[s] += 1;
                        }
                    }
                    if !req.routine_for_other {
                        d.unroutine[s] += 1;
                    }
                    let pull = Pull {
                        unroutine: !routine,
                        full_strength: strength == req.strength,
                        must: importance == Importance::Must,
                        points,
                        requirement: core::cmp::Reverse(index),
                    };
                    if d.largest[s].is_none_or(|best| pull > best) {
                        d.largest[s] = Some(pull);
                    }
                }
            }
        }
        if req.lean.is_some() {
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
        if req.lean.is_none() {
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

    let (verdict, basis, clarity) = decide(&d);
    let side_points = |side: Side| (d.technical[side] + d.team[side]) as u16;
    Evaluation {
        verdict,
        basis,
        clarity,
        django_points: side_points(Side::Django),
        fastapi_points: side_points(Side::FastApi),
        contributions,
        contribution_count: count as u8,
    }
}
