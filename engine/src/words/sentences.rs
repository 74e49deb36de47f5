//! The sentences that explain a result: what it rests on, the few reasons
//! that decide it, and the project in one line. The grade is said once, by
//! the headline; nothing here repeats it.

use super::text::{capitalised, fill, join_words};
use crate::{
    knowledge::{Evidence, Members as _, Side, GROUPS, REQUIREMENTS},
    scoring::{
        Basis, Contribution, Evaluation, RequirementSet, Split, SplitNow, Undecided, Verdict,
    },
    Importance, Selection,
};

/// At most this many reasons: what decides it, not one line per switch.
pub const MAX_REASONS: usize = 3;

/// The parts of the system a set of requirements names, e.g. "the staff admin".
pub fn parts_of(set: RequirementSet) -> impl Iterator<Item = &'static str> {
    set.iter().filter_map(|i| REQUIREMENTS[i].part)
}

/// The deciding needs (not team experience) on one side, strongest first.
pub(crate) fn deciding_needs(
    evaluation: &Evaluation,
    side: Side,
) -> impl Iterator<Item = &Contribution> {
    deciding(evaluation, side, Evidence::Technical)
}

/// The team's experience that decides and points to `side`.
pub(crate) fn deciding_team(
    evaluation: &Evaluation,
    side: Side,
) -> impl Iterator<Item = &Contribution> {
    deciding(evaluation, side, Evidence::Team)
}

/// The deciding contributions of one kind of evidence that point to `side`.
fn deciding(
    evaluation: &Evaluation,
    side: Side,
    evidence: Evidence,
) -> impl Iterator<Item = &Contribution> {
    evaluation.contributions().iter().filter(move |c| {
        c.decides() && c.side() == Some(side) && REQUIREMENTS[c.requirement].evidence == evidence
    })
}

/// The side of the team's experience that weighed on the answer.
pub(crate) fn team_side(evaluation: &Evaluation) -> Option<Side> {
    evaluation
        .contributions()
        .iter()
        .filter(|c| c.decides() && REQUIREMENTS[c.requirement].evidence == Evidence::Team)
        .max_by_key(|c| c.points)
        .and_then(Contribution::side)
}

/// Why a part of a split runs apart, for the reader: its own reason, or the
/// reader's word that it deploys on its own.
pub fn split_reason(split: &Split, part: usize) -> &'static str {
    if split.deployed_apart.contains(part) {
        "it must deploy and scale on its own"
    } else {
        REQUIREMENTS[part].split_reason.unwrap_or_default()
    }
}

/// The nouns of the first `n` deciding needs on `side`, joined.
fn needs(evaluation: &Evaluation, side: Side, n: usize) -> String {
    join_words(
        deciding_needs(evaluation, side)
            .take(n)
            .map(|c| REQUIREMENTS[c.requirement].noun),
    )
}

/// What the answer rests on, in one sentence that names what decides it
/// (the headline gives the grade). Written for the record as much as the
/// screen: no words about the widget's controls, except while nothing is
/// chosen (there is no record to copy then, only a next step to say).
pub fn basis(evaluation: &Evaluation) -> String {
    let side = evaluation.verdict.side().unwrap_or(Side::Django);
    let team = team_side(evaluation).map_or("either", Side::name);
    match evaluation.verdict {
        Verdict::NoClearWinner(Undecided::NothingChosen) => {
            return "Nothing is chosen yet: pick a scenario, or switch on what the project needs."
                .into()
        }
        Verdict::NoClearWinner(Undecided::OnlyWorkload) => {
            return "How the work runs says how to deploy it, not which framework: what the \
                    product does decides that."
                .into()
        }
        Verdict::NoClearWinner(Undecided::TooLittle)
            if evaluation.contributions().iter().any(|c| c.decides()) =>
        {
            return "The team knows both frameworks, so that settles nothing: what the \
                    product does decides."
                .into()
        }
        Verdict::NoClearWinner(Undecided::TooLittle) => {
            return "Nothing here is more than nice to have: the must-haves of the first \
                    release decide."
                .into()
        }
        Verdict::NoClearWinner(Undecided::Balanced) => {
            return fill(
                "Django suits {}, FastAPI suits {}, and each covers the other's needs well.",
                &[
                    &needs(evaluation, Side::Django, 2),
                    &needs(evaluation, Side::FastApi, 2),
                ],
            )
        }
        Verdict::NoClearWinner(Undecided::FitVersusTeam) => {
            let team = team_side(evaluation).unwrap_or(Side::Django);
            return fill(
                "Your needs point to {}, your team's experience to {}, and neither clearly \
                 outweighs the other.",
                &[team.other().name(), team.name()],
            );
        }
        _ => {}
    }
    // Sentences start with the framework, so no verb has to agree with a
    // need ("server-rendered pages", "an API").
    let deciders = needs(evaluation, side, 2);
    let text = match evaluation.basis {
        Basis::Agreement if deciding_team(evaluation, side).next().is_some() => fill(
            "{} for {} and a team that knows it; nothing pulls hard the other way.",
            &[side.name(), &deciders],
        ),
        Basis::Agreement => {
            // A must-have the other way that this framework covers is said.
            let covered = deciding_needs(evaluation, side.other())
                .find(|c| c.importance == Importance::Must)
                .map(|c| REQUIREMENTS[c.requirement].noun);
            match covered {
                Some(noun) => fill(
                    "{} for {}, and it covers {}, a must-have, as well.",
                    &[side.name(), &deciders, noun],
                ),
                None => fill(
                    "{} for {}; nothing pulls hard the other way.",
                    &[side.name(), &deciders],
                ),
            }
        }
        Basis::PullAgainst(index) => {
            let must = evaluation
                .contributions()
                .iter()
                .any(|c| c.requirement == index && c.importance == Importance::Must);
            fill(
                if must {
                    "{} for {}, but {}, a must-have, pulls towards {}."
                } else {
                    "{} for {}, but {} pulls towards {}."
                },
                &[
                    side.name(),
                    &deciders,
                    REQUIREMENTS[index].noun,
                    side.other().name(),
                ],
            )
        }
        Basis::OneSignal => match narrowed(evaluation) {
            Some(narrowed) => fill(
                "Heavy CPU work runs in worker processes either way, so {} weighs less; \
                 {} for {} so far.",
                &[narrowed, side.name(), &needs(evaluation, side, 1)],
            ),
            None => fill(
                "{} for {} so far; one deciding need is not enough to be sure.",
                &[side.name(), &needs(evaluation, side, 1)],
            ),
        },
        Basis::NoMustHave => fill(
            "{} for {}, but nothing is a must-have yet.",
            &[side.name(), &deciders],
        ),
        Basis::TeamAgainst => fill(
            "{} for {}; your team's {} experience pulls the other way.",
            &[side.name(), &deciders, team],
        ),
        Basis::TeamDecides => fill(
            "Both frameworks can serve these needs, and your team's {} experience decides.",
            &[team],
        ),
        Basis::TeamKnowsIt => fill(
            "Your team knows {}, and what pulls the other way is routine on it.",
            &[team],
        ),
        Basis::TeamOnly => fill(
            "Your team's {} experience is all there is to go on so far.",
            &[team],
        ),
        Basis::SplitFirm | Basis::SplitLean => return split_basis(evaluation),
        Basis::Undecided => String::new(),
    };
    // A team at home in both can settle a lean before committing.
    let knows_both = Side::BOTH
        .into_iter()
        .all(|side| deciding_team(evaluation, side).next().is_some());
    if knows_both && !evaluation.is_firm() {
        text + " Your team knows both: a one-day spike on the hardest part settles it."
    } else {
        text
    }
}

/// What a split rests on: why its service runs apart now, or that it starts
/// inside the Django project.
fn split_basis(evaluation: &Evaluation) -> String {
    let Verdict::Both(split) = evaluation.verdict else {
        return String::new();
    };
    let parts = join_words(parts_of(split.fastapi));
    match split.because {
        SplitNow::NotYet => fill(
            "{} can start inside the Django project, behind one interface, and move out once \
             running apart is a must-have.",
            &[&capitalised(&parts)],
        ),
        SplitNow::Quiet => fill(
            "{} can deploy on its own as a second deployment of the Django project; a FastAPI \
             service pays off once its traffic is heavy.",
            &[&capitalised(&parts)],
        ),
        SplitNow::DeploysApart => {
            let reason = split
                .fastapi
                .iter()
                .next()
                .map(|part| split_reason(&split, part));
            fill(
                "A FastAPI service beside the Django app takes {}: {}.",
                &[&parts, reason.unwrap_or_default()],
            )
        }
        SplitNow::EveryPageView => fill(
            "Model serving and heavy traffic are both must-haves, so {} scales on its own as a \
             FastAPI service beside the Django app.",
            &[&parts],
        ),
        SplitNow::TeamRunsBoth => fill(
            "Your team already runs both frameworks, so {} can be a FastAPI service from the \
             start.",
            &[&parts],
        ),
    }
}

/// The need whose async pull heavy CPU work narrowed, if any.
fn narrowed(evaluation: &Evaluation) -> Option<&'static str> {
    evaluation
        .contributions()
        .iter()
        .find(|c| c.dampened && c.decides())
        .map(|c| REQUIREMENTS[c.requirement].noun)
}

/// The few reasons that decide it, each with the side it speaks for: what
/// the chosen framework does for the strongest need, the strongest pull the
/// other way and how the choice covers it, then the next need, the team or
/// the workload.
pub fn reasons(evaluation: &Evaluation) -> Vec<(Option<Side>, String)> {
    let ships = |c: &Contribution| {
        REQUIREMENTS[c.requirement]
            .ships
            .map(|text| (c.side(), text.to_string()))
    };
    let mut lines: Vec<(Option<Side>, String)> = Vec::new();
    // Grouped by side, the answer's first (in a split, the Django app's): the
    // deciding reason leads, a pull the other way comes last, always kept.
    let mut last = None;
    match evaluation.verdict {
        Verdict::Django | Verdict::FastApi => {
            let side = evaluation.verdict.side().unwrap_or(Side::Django);
            let mut own = deciding_needs(evaluation, side);
            lines.extend(own.next().and_then(ships));
            // The strongest pull the other way, and how this stack covers it.
            last = deciding_needs(evaluation, side.other())
                .next()
                .map(|c| (Some(side.other()), against(c)));
            if deciding_team(evaluation, side.other()).next().is_none() {
                lines.extend(deciding_team(evaluation, side).next().and_then(ships));
            }
            lines.extend(own.next().and_then(ships));
        }
        Verdict::Both(split) => {
            let mut django = deciding_needs(evaluation, Side::Django)
                .filter(|c| !split.fastapi.contains(c.requirement));
            lines.extend(django.next().and_then(ships));
            lines.extend(django.next().and_then(ships));
            // The basis says how it splits; the reasons say what each side
            // brings: FastAPI's for a part that runs apart now, or how Django
            // covers it while it starts inside the project.
            last = deciding_needs(evaluation, Side::FastApi)
                .find(|c| split.fastapi.contains(c.requirement))
                .and_then(|c| {
                    if evaluation.is_firm() {
                        ships(c)
                    } else {
                        Some((Some(Side::FastApi), against(c)))
                    }
                });
        }
        Verdict::NoClearWinner(Undecided::Balanced | Undecided::FitVersusTeam) => {
            for side in Side::BOTH {
                lines.extend(deciding_needs(evaluation, side).next().and_then(ships));
            }
        }
        Verdict::NoClearWinner(_) => {}
    }
    // A workload fact that decides says where that work belongs (in a split
    // the service has reasons of its own).
    if !matches!(evaluation.verdict, Verdict::Both(_)) {
        for c in evaluation.contributions() {
            let req = &REQUIREMENTS[c.requirement];
            // (A second deployment of one project is said where Django
            // answers: an API product is one deployment anyway.)
            let said = !req.separates || evaluation.verdict == Verdict::Django;
            if req.lean.is_none() && req.ships.is_some() && c.decides() && said {
                lines.insert(
                    lines.len().min(1),
                    (None, req.ships.unwrap_or_default().to_string()),
                );
            }
        }
    }
    // Room left (the pull the other way keeps its place): the winner's next
    // needs, each said once.
    let room = MAX_REASONS - usize::from(last.is_some());
    if let Some(side) = evaluation.verdict.side() {
        for line in deciding_needs(evaluation, side).filter_map(ships) {
            if lines.len() >= room {
                break;
            }
            if !lines.iter().any(|(_, text)| *text == line.1) {
                lines.push(line);
            }
        }
    }
    lines.truncate(room);
    lines.extend(last);
    lines
}

/// A pull the other way, and how the chosen stack covers it: its context's
/// note where the context covers it, else how the other framework covers it.
fn against(c: &Contribution) -> String {
    let req = &REQUIREMENTS[c.requirement];
    let how = match &req.context {
        Some(context) if c.weakened() && context.covered => context.note,
        _ => req.covered_by.unwrap_or_default(),
    };
    // Said as a pull ("FastAPI for model serving, but Django …"), so the
    // side it is tagged with and its words agree, and no verb has to agree
    // with the need.
    fill(
        "{} for {}, but {}.",
        &[
            req.lean.map_or("The other framework", Side::name),
            req.noun,
            &mid_sentence(how.trim_end_matches('.')),
        ],
    )
}

/// `text` as it reads after a comma: its first word lower-cased unless it
/// is a name ("Django", "SQLAlchemy", "API").
fn mid_sentence(text: &str) -> String {
    // ASCII only: the knowledge base's texts start with ASCII words, and
    // Unicode case tables would cost the wasm some 3 KB brotli.
    let first = text.split(' ').next().unwrap_or_default();
    let plain_word = first.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    if first == "Django" || !plain_word {
        return text.to_string();
    }
    let mut lowered = text.to_string();
    if let Some(head) = lowered.get_mut(..1) {
        head.make_ascii_lowercase();
    }
    lowered
}

/// True for the needs the project has, not traits of its team or workload.
fn is_need(index: usize) -> bool {
    !GROUPS[REQUIREMENTS[index].group].traits
}

/// The project in one line, for the record: its needs by level, then its
/// team and workload; empty while nothing is chosen.
pub fn project(selection: &Selection) -> String {
    let mut parts = Vec::new();
    for (level, words) in [
        (Importance::Must, "must have {}"),
        (Importance::Important, "needs {}"),
        (Importance::Nice, "would like {}"),
    ] {
        let needs = join_words(
            selection
                .chosen()
                .filter(|(i, l)| *l == level && is_need(*i))
                .map(|(i, _)| REQUIREMENTS[i].noun),
        );
        if !needs.is_empty() {
            parts.push(fill(words, &[&needs]));
        }
    }
    let traits = join_words(
        selection
            .chosen()
            .filter(|(i, l)| !is_need(*i) && *l >= Importance::Important)
            .map(|(i, _)| REQUIREMENTS[i].noun),
    );
    if !traits.is_empty() {
        parts.push(fill("with {}", &[&traits]));
    }
    if parts.is_empty() {
        return String::new();
    }
    capitalised(&parts.join("; ")) + "."
}
