//! The sentences that explain a result: what decided it, what it rests on,
//! why each reason counts, what the chosen framework has to cover, and the
//! options weighed.

use super::text::{capitalised, fill, join_words};
use crate::{
    knowledge::{Evidence, Members as _, Side, GROUPS, REQUIREMENTS},
    scoring::{Basis, Contribution, Evaluation, RequirementSet, Split, Undecided, Verdict},
    Importance, Selection,
};

/// The parts of the system a set of requirements names, e.g. "the staff admin".
pub fn parts_of(set: RequirementSet) -> impl Iterator<Item = &'static str> {
    set.iter().filter_map(|i| REQUIREMENTS[i].part)
}

/// The winning side of a Django or FastAPI verdict.
pub(crate) fn winner(evaluation: &Evaluation) -> Option<Side> {
    evaluation.verdict.side()
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
pub(crate) fn deciding(
    evaluation: &Evaluation,
    side: Side,
    evidence: Evidence,
) -> impl Iterator<Item = &Contribution> {
    evaluation.contributions().iter().filter(move |c| {
        c.decides() && c.side() == Some(side) && REQUIREMENTS[c.requirement].evidence == evidence
    })
}

/// The side of the team's experience that weighed on the answer (Neutral
/// when none did).
pub(crate) fn team_side(evaluation: &Evaluation) -> Option<Side> {
    evaluation
        .contributions()
        .iter()
        .filter(|c| c.decides() && REQUIREMENTS[c.requirement].evidence == Evidence::Team)
        .max_by_key(|c| c.points)
        .and_then(Contribution::side)
}

/// Why a part of a split runs apart, for the reader: its own reason, the
/// traffic, or the reader's word that it deploys on its own.
pub fn split_reason(split: &Split, part: usize) -> &'static str {
    if split.deployed_apart.contains(part) {
        "that part must deploy and scale on its own"
    } else {
        REQUIREMENTS[part].split_reason.unwrap_or_default()
    }
}

/// One or two sentences backing the headline: what decided it.
pub fn detail(evaluation: &Evaluation) -> String {
    let needs = |side: Side| {
        join_words(
            deciding_needs(evaluation, side)
                .take(3)
                .map(|c| REQUIREMENTS[c.requirement].noun),
        )
    };
    match evaluation.verdict {
        Verdict::NoClearWinner(Undecided::NothingChosen) => {
            "Switch on what your project needs, or start from one of the scenarios.".into()
        }
        Verdict::NoClearWinner(Undecided::OnlyWorkload) => "How the work runs (CPU-heavy \
             requests, a part deployed on its own) says how to deploy it, not which framework \
             to use. Add what you are building."
            .into(),
        Verdict::NoClearWinner(Undecided::TooLittle)
            if evaluation.contributions().iter().any(|c| c.decides()) =>
        {
            "Your team knows both frameworks, so its experience settles nothing. Add what you \
             are building."
                .into()
        }
        Verdict::NoClearWinner(Undecided::TooLittle) => "Nice-to-haves alone never decide. Add \
             what you are building, or mark what you cannot do without as important or a \
             must-have."
            .into(),
        Verdict::NoClearWinner(Undecided::Balanced) => fill(
            "Django is built for {}, FastAPI for {}, and each covers the other's needs well. \
             Either is a sound choice: let your team's experience decide.",
            &[&needs(Side::Django), &needs(Side::FastApi)],
        ),
        Verdict::NoClearWinner(Undecided::FitVersusTeam) => {
            let team = team_side(evaluation).unwrap_or(Side::Django);
            fill(
                "Your needs ({}) point to {}, your team's experience to {}, and neither is \
                 clearly the larger pull. Both paths are workable: weigh how long the team \
                 would need to learn the other framework.",
                &[&needs(team.other()), team.other().name(), team.name()],
            )
        }
        Verdict::Django | Verdict::FastApi => {
            let side = winner(evaluation).unwrap_or(Side::Django);
            match evaluation.basis {
                Basis::TeamOnly => fill(
                    "Your team's {} experience is the only thing to go on so far.",
                    &[side.name()],
                ),
                Basis::TeamDecides if deciding_needs(evaluation, side).next().is_none() => fill(
                    "Your needs ({}) are workable on either framework, and your team already \
                     knows {}.",
                    &[&needs(side.other()), side.name()],
                ),
                _ => {
                    let nouns = join_words(
                        deciding_needs(evaluation, side)
                            .take(3)
                            .map(|c| REQUIREMENTS[c.requirement].noun),
                    );
                    let template = if side == Side::Django {
                        "Django ships what decides this project: {}."
                    } else {
                        "FastAPI is built for what decides this project: {}."
                    };
                    fill(template, &[&nouns])
                }
            }
        }
        Verdict::Both(split) => {
            let parts: Vec<String> = split
                .fastapi
                .iter()
                .map(|i| {
                    fill(
                        "{} ({})",
                        &[
                            REQUIREMENTS[i].part.unwrap_or_default(),
                            split_reason(&split, i),
                        ],
                    )
                })
                .collect();
            fill(
                "The project is a Django web application, and {} can run as a separate \
                 FastAPI service.",
                &[&join_words(parts.iter().map(String::as_str))],
            )
        }
    }
}

/// What the answer rests on, in one sentence: why it is firm or only a lean.
pub fn basis_text(evaluation: &Evaluation) -> String {
    let side = winner(evaluation);
    let team_side = team_side(evaluation);
    let team = team_side.map_or("either", Side::name);
    let deciding = deciding_needs(evaluation, side.unwrap_or(Side::Django));
    // A pull the other way that the context weakens (Channels in a Django
    // app, tokens for API clients) is named as covered, not as nothing.
    let covered_against = evaluation
        .contributions()
        .iter()
        .any(|c| c.weakened() && c.side().is_some() && c.side() != side);
    let text = match evaluation.basis {
        Basis::Agreement => {
            let team = if team_side.is_some() && team_side == side {
                ", and so does your team's experience"
            } else {
                ""
            };
            let against = if covered_against {
                "; what leans the other way is covered well on this stack"
            } else {
                "; nothing in the project pulls hard the other way"
            };
            return fill("Firm: your needs agree on it{}{}.", &[team, against]);
        }
        Basis::PullAgainst(index) => {
            let other = REQUIREMENTS[index].lean.unwrap_or(Side::Django);
            // The pull named first, then any other full-strength need on
            // that side.
            let mut pulls: Vec<&str> = vec![REQUIREMENTS[index].noun];
            pulls.extend(
                deciding_needs(evaluation, other)
                    .filter(|c| c.requirement != index && !c.weakened())
                    .map(|c| REQUIREMENTS[c.requirement].noun)
                    .take(1),
            );
            let must = evaluation
                .contributions()
                .iter()
                .any(|c| c.requirement == index && c.importance == Importance::Must);
            let (needs, verb) = if pulls.len() > 1 {
                ("needs", "pull")
            } else {
                ("need", "pulls")
            };
            // A team at home in both can test the lean before committing.
            let knows_both = Side::BOTH
                .into_iter()
                .all(|lean| deciding_team(evaluation, lean).next().is_some());
            return fill(
                "A lean, not firm: the {} for {}{} {} towards {}.{}",
                &[
                    needs,
                    &join_words(pulls.iter().copied()),
                    if must && pulls.len() == 1 {
                        ", a must-have,"
                    } else {
                        ""
                    },
                    verb,
                    other.name(),
                    if knows_both {
                        " Your team knows both, so before committing, a one-day spike on \
                         the hardest part (the busiest endpoint, the trickiest query) can \
                         confirm the lean or overturn it."
                    } else {
                        ""
                    },
                ],
            );
        }
        Basis::OneSignal => {
            let deciding: Vec<&Contribution> = deciding.collect();
            let need = deciding
                .iter()
                .filter(|c| !c.dampened)
                .max_by_key(|c| c.points)
                .map_or("", |c| REQUIREMENTS[c.requirement].noun);
            // A need whose pull heavy CPU work narrowed is named as such.
            let narrowed = deciding.iter().find(|c| c.dampened);
            let narrowing = evaluation
                .contributions()
                .iter()
                .find(|c| REQUIREMENTS[c.requirement].narrows_async);
            if let (Some(narrowed), Some(narrowing)) = (narrowed, narrowing) {
                return fill(
                    "A lean, not firm: {} points to {}, but {} runs in worker processes in \
                     either framework, so the framework matters less for {}.",
                    &[
                        need,
                        side.map_or("either", Side::name),
                        REQUIREMENTS[narrowing.requirement].noun,
                        REQUIREMENTS[narrowed.requirement].noun,
                    ],
                );
            }
            return fill(
                "A lean, not firm: it rests on one need so far, {}.",
                &[need],
            );
        }
        Basis::NoMustHave => {
            "A lean: your needs agree, but none is a must-have and together \
             they are too slight for a firm answer."
        }
        Basis::TeamAgainst => {
            "A lean: your needs point here, but your team's {} experience \
             pulls the other way."
        }
        Basis::TeamDecides => {
            "A lean: between workable options, your team's {} experience \
             decides; it does not make a firm technical answer."
        }
        Basis::TeamOnly => {
            "A lean: your team's experience is all there is to go on; what \
             you build decides the technical fit."
        }
        Basis::SplitFirm => {
            "Firm: the web application rests on several needs, and you want \
             the other part to deploy and scale on its own."
        }
        Basis::SplitLean => {
            "A lean: nothing says yet that the part must run apart (its own \
             hardware, scale or releases), so it starts inside the Django \
             project and moves out when something does."
        }
        Basis::Undecided => "",
    };
    fill(text, &[team])
}

/// "Why": one line per thing that decided it, each naming the side it speaks
/// for. For a verdict, what the winner ships and what the other would need
/// (the knowledge base's `ships`), the team's experience when it agrees, and
/// why a need that would pull the other way counts for less here; for a split,
/// what keeps the web app on Django and why the part runs apart; for a balance,
/// the strongest need on each side.
pub fn why(evaluation: &Evaluation) -> Vec<(Option<Side>, String)> {
    let ships = |c: &Contribution| {
        REQUIREMENTS[c.requirement]
            .ships
            .map(|text| (c.side(), text.to_string()))
    };
    let mut lines: Vec<(Option<Side>, String)> = Vec::new();
    match evaluation.verdict {
        Verdict::Django | Verdict::FastApi => {
            let side = winner(evaluation).unwrap_or(Side::Django);
            lines.extend(deciding_needs(evaluation, side).take(4).filter_map(ships));
            // A team that knows both frameworks is no reason for either.
            if deciding_team(evaluation, side.other()).next().is_none() {
                lines.extend(deciding_team(evaluation, side).filter_map(ships));
            }
            // A lean held back by a need of the other side names it too.
            if let Basis::PullAgainst(index) = evaluation.basis {
                if let Some(c) = evaluation
                    .contributions()
                    .iter()
                    .find(|c| c.requirement == index && c.decides() && !c.weakened())
                {
                    lines.extend(ships(c));
                }
            }
        }
        Verdict::Both(split) => {
            lines.extend(
                deciding_needs(evaluation, Side::Django)
                    .filter(|c| !split.fastapi.contains(c.requirement))
                    .take(2)
                    .filter_map(ships),
            );
            // A lean split starts as one project: the service comes later.
            let template = if evaluation.is_firm() {
                "{}: a FastAPI service of its own, because {}."
            } else {
                "{}: one Django project for now, a FastAPI service of its own once it needs its own hardware, releases or scale."
            };
            for part in split.fastapi.iter() {
                let text = fill(
                    template,
                    &[
                        &capitalised(REQUIREMENTS[part].part.unwrap_or_default()),
                        split_reason(&split, part),
                    ],
                );
                lines.push((Some(Side::FastApi), text));
            }
        }
        Verdict::NoClearWinner(Undecided::Balanced | Undecided::FitVersusTeam) => {
            for side in Side::BOTH {
                lines.extend(deciding_needs(evaluation, side).take(1).filter_map(ships));
            }
        }
        Verdict::NoClearWinner(_) => {}
    }
    // CPU-heavy work that narrowed an async advantage says so (a split's
    // service has other reasons than async).
    let split = matches!(evaluation.verdict, Verdict::Both(_));
    // Where it narrowed nothing, it still says where that work belongs.
    for c in evaluation.contributions().iter().filter(|_| !split) {
        let req = &REQUIREMENTS[c.requirement];
        if req.narrows_async && c.points > 0 {
            lines.extend(req.ships.map(|text| (None, text.to_string())));
        } else if req.narrows_async && c.importance >= Importance::Important {
            lines.push((None, req.why.to_string()));
        }
    }
    // A pull the context weakens is explained, wherever it points; in a
    // split, FastAPI's features go with the service, at full strength there.
    let with_service = |i: usize| {
        let req = &REQUIREMENTS[i];
        split && req.role.is_none() && req.lean == Some(Side::FastApi)
    };
    for c in evaluation
        .contributions()
        .iter()
        .filter(|c| c.weakened() && !with_service(c.requirement))
    {
        let note = REQUIREMENTS[c.requirement]
            .context
            .as_ref()
            .map_or("", |x| x.note);
        let text = fill(
            "{}: a weaker pull here, because {}.",
            &[&capitalised(REQUIREMENTS[c.requirement].noun), note],
        );
        lines.push((c.side(), text));
    }
    lines
}

/// Requirements the reader needs (important or must-have) that pull towards
/// the framework that was *not* chosen, most important first: the gaps the
/// winner has to cover. Empty unless the verdict is Django or FastAPI. The
/// team's experience of the other framework is no gap when it also knows
/// the winner.
pub fn gaps(selection: &Selection, evaluation: &Evaluation) -> Vec<usize> {
    let other = match evaluation.verdict {
        Verdict::Django => Side::FastApi,
        Verdict::FastApi => Side::Django,
        Verdict::Both(_) | Verdict::NoClearWinner(_) => return Vec::new(),
    };
    let knows_winner = selection.chosen().any(|(i, level)| {
        level >= Importance::Important
            && REQUIREMENTS[i].evidence == Evidence::Team
            && REQUIREMENTS[i].lean != Some(other)
    });
    let mut found: Vec<usize> = selection
        .chosen()
        .filter(|(i, level)| {
            let req = &REQUIREMENTS[*i];
            // A need the winner covers in context (Channels, tokens) is in
            // its stack already, not a gap.
            let covered = evaluation
                .contributions()
                .iter()
                .any(|c| c.requirement == *i && c.in_context);
            *level >= Importance::Important
                && req.lean == Some(other)
                && !covered
                && !(req.evidence == Evidence::Team && knows_winner)
        })
        .map(|(i, _)| i)
        .collect();
    crate::small_sort::sort_by_key(&mut found, |i| std::cmp::Reverse(selection.get(*i)));
    found
}

/// How one gap is usually covered: "label: how".
pub fn gap_text(requirement: usize) -> String {
    let req = &REQUIREMENTS[requirement];
    fill("{}: {}", &[req.label, req.covered_by.unwrap_or_default()])
}

/// True for the needs the project has, not traits of its team or workload.
pub(crate) fn is_need(index: usize) -> bool {
    !GROUPS[REQUIREMENTS[index].group].traits
}

/// The project's needs at one level, in its words: "a staff admin and user accounts".
pub(crate) fn needs_at(selection: &Selection, level: Importance) -> String {
    join_words(
        selection
            .chosen()
            .filter(|(i, l)| *l == level && is_need(*i))
            .map(|(i, _)| REQUIREMENTS[i].noun),
    )
}

/// One framework as an option: what it is built for among the deciding
/// needs, and what it would add (packages) for the others.
pub(crate) fn option_line(
    selection: &Selection,
    evaluation: &Evaluation,
    side: Side,
    chosen: bool,
) -> String {
    let (own, other): (Vec<usize>, Vec<usize>) = selection
        .chosen()
        .filter(|(i, level)| *level >= Importance::Important && is_need(*i))
        .map(|(i, _)| i)
        .partition(|i| REQUIREMENTS[*i].lean == Some(side));
    let nouns = |set: &[usize]| join_words(set.iter().map(|i| REQUIREMENTS[*i].noun));
    let packages = crate::plan::added_for(evaluation, side, side.other());
    let names = join_words(packages.iter().map(|p| p.name));
    let adds = match (other.is_empty(), names.is_empty()) {
        (true, _) => String::new(),
        (false, false) => fill("for {}, it would add {}", &[&nouns(&other), &names]),
        (false, true) => fill("{} would be your own code", &[&nouns(&other)]),
    };
    let built = if own.is_empty() {
        String::new()
    } else {
        fill("strong on {}", &[&nouns(&own)])
    };
    let sep = if built.is_empty() || adds.is_empty() {
        ""
    } else {
        "; "
    };
    let body = match (built.is_empty() && adds.is_empty(), chosen) {
        (true, true) => "your team's experience decides",
        (true, false) => "nothing here decides for or against it",
        (false, _) => "",
    };
    fill(
        "{}{}: {}{}{}{}.",
        &[
            side.name(),
            if chosen { " (chosen)" } else { "" },
            &built,
            sep,
            &adds,
            body,
        ],
    )
}
