//! Words for the engine's results: headlines, what the answer rests on,
//! reasons, gaps, suggestions and the Markdown summary a team can paste into
//! a chat or a decision record.

use crate::{
    evaluate::{
        Basis, Contribution, Evaluation, RequirementSet, Split, Undecided, Verdict, VerdictKind,
    },
    flips::{Suggestion, Suggestions},
    knowledge::{Evidence, Lean, Members as _, Separable, GROUPS, REQUIREMENTS},
    Importance, Selection,
};

/// The reader-facing name of an importance level.
pub fn importance_label(level: Importance) -> &'static str {
    match level {
        Importance::Off => "off",
        Importance::Nice => "nice-to-have",
        Importance::Important => "important",
        Importance::Must => "must-have",
    }
}

/// A short name for a verdict, as used after an arrow ("→ FastAPI").
pub fn verdict_short(kind: VerdictKind) -> &'static str {
    match kind {
        VerdictKind::NoClearWinner => "no clear winner",
        VerdictKind::Django => "Django",
        VerdictKind::FastApi => "FastAPI",
        VerdictKind::Both => "use both",
    }
}

/// The verdict in a few words, graded ("Django fits best", "Leaning towards
/// Django"), and for no clear winner, which kind: too little to go on, or two
/// workable options.
pub fn headline(evaluation: &Evaluation) -> &'static str {
    match (evaluation.verdict, evaluation.is_firm()) {
        (Verdict::NoClearWinner(Undecided::NothingChosen), _) => "No clear winner yet",
        (Verdict::NoClearWinner(Undecided::OnlyWorkload | Undecided::TooLittle), _) => {
            "Too little to go on yet"
        }
        (Verdict::NoClearWinner(Undecided::Balanced), _) => "No clear winner: either fits",
        (Verdict::NoClearWinner(Undecided::FitVersusTeam), _) => {
            "No clear winner: needs and team disagree"
        }
        (Verdict::Django, true) => "Django fits best",
        (Verdict::Django, false) => "Leaning towards Django",
        (Verdict::FastApi, true) => "FastAPI fits best",
        (Verdict::FastApi, false) => "Leaning towards FastAPI",
        (Verdict::Both(_), true) => "Use both: Django plus a FastAPI service",
        (Verdict::Both(_), false) => "Probably both: Django now, a FastAPI service later",
    }
}

/// The verdict in as few words as fit a phone-width line.
pub fn short_headline(evaluation: &Evaluation) -> &'static str {
    match (evaluation.verdict, evaluation.is_firm()) {
        (Verdict::Both(_), true) => "Use both",
        (Verdict::Both(_), false) => "Probably both",
        (Verdict::NoClearWinner(Undecided::Balanced | Undecided::FitVersusTeam), _) => {
            "No clear winner"
        }
        _ => headline(evaluation),
    }
}

/// A suggestion's outcome in words: "Django fits best", "leaning towards FastAPI".
pub fn outcome(kind: VerdictKind, firm: bool) -> &'static str {
    match (kind, firm) {
        (VerdictKind::NoClearWinner, _) => "no clear winner",
        (VerdictKind::Django, true) => "Django fits best",
        (VerdictKind::Django, false) => "leaning towards Django",
        (VerdictKind::FastApi, true) => "FastAPI fits best",
        (VerdictKind::FastApi, false) => "leaning towards FastAPI",
        (VerdictKind::Both, true) => "use both",
        (VerdictKind::Both, false) => "probably both",
    }
}

/// How firm the answer is, in words, for the meter: the figure itself is
/// in the events (`clarity`), not in the text.
pub fn clarity_text(evaluation: &Evaluation) -> &'static str {
    match evaluation.verdict {
        Verdict::NoClearWinner(Undecided::NothingChosen) => "Nothing to weigh yet",
        Verdict::NoClearWinner(_) => "No winner yet",
        _ if evaluation.is_firm() => "A firm answer",
        _ => "A lean, not yet firm",
    }
}

/// Joins phrases as "a", "a and b", "a, b and c".
fn join_words<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let words: Vec<&str> = words.collect();
    let mut out = String::new();
    for (n, word) in words.iter().enumerate() {
        if n > 0 {
            out.push_str(if n + 1 == words.len() { " and " } else { ", " });
        }
        out.push_str(word);
    }
    out
}

/// `template` with each `{}` replaced by the next of `parts`: one routine
/// for every sentence with blanks, so the sentences stay data (text
/// compresses well in the wasm; a `format!` per sentence is code).
fn fill(template: &str, parts: &[&str]) -> String {
    // Templates are ours: `{` only ever opens a `{}`.
    let mut pieces = template.split('{');
    let mut out = String::from(pieces.next().unwrap_or_default());
    for (n, piece) in pieces.enumerate() {
        out.push_str(parts.get(n).copied().unwrap_or_default());
        out.push_str(piece.strip_prefix('}').unwrap_or(piece));
    }
    out
}

/// The parts of the system a set of requirements names, e.g. "the staff admin".
pub fn parts_of(set: RequirementSet) -> impl Iterator<Item = &'static str> {
    set.iter().filter_map(|i| REQUIREMENTS[i].part)
}

/// The framework name of a side.
fn name(lean: Lean) -> &'static str {
    match lean {
        Lean::Django => "Django",
        Lean::FastApi => "FastAPI",
        Lean::Neutral => "either",
    }
}

/// The winning side of a Django or FastAPI verdict.
fn winner(evaluation: &Evaluation) -> Option<Lean> {
    match evaluation.verdict {
        Verdict::Django => Some(Lean::Django),
        Verdict::FastApi => Some(Lean::FastApi),
        _ => None,
    }
}

/// The deciding needs (not team experience) on one side, strongest first.
fn deciding_needs(evaluation: &Evaluation, side: Lean) -> impl Iterator<Item = &Contribution> {
    deciding(evaluation, side, Evidence::Technical)
}

/// The team's experience that decides and points to `side`.
fn deciding_team(evaluation: &Evaluation, side: Lean) -> impl Iterator<Item = &Contribution> {
    deciding(evaluation, side, Evidence::Team)
}

/// The deciding contributions of one kind of evidence that point to `side`.
fn deciding(
    evaluation: &Evaluation,
    side: Lean,
    evidence: Evidence,
) -> impl Iterator<Item = &Contribution> {
    evaluation.contributions().iter().filter(move |c| {
        c.decides() && c.lean() == side && REQUIREMENTS[c.requirement].evidence == evidence
    })
}

/// The side of the team's experience that weighed on the answer (Neutral
/// when none did).
fn team_lean(evaluation: &Evaluation) -> Lean {
    evaluation
        .contributions()
        .iter()
        .filter(|c| c.decides() && REQUIREMENTS[c.requirement].evidence == Evidence::Team)
        .max_by_key(|c| c.points)
        .map_or(Lean::Neutral, Contribution::lean)
}

/// Why a part of a split runs apart, for the reader: its own reason, the
/// traffic, or the reader's word that it deploys on its own.
pub fn split_reason(split: &Split, part: usize, selection: &Selection) -> &'static str {
    let req = &REQUIREMENTS[part];
    let level = |flag: fn(&crate::knowledge::Requirement) -> bool| {
        REQUIREMENTS
            .iter()
            .enumerate()
            .filter(|(_, r)| flag(r))
            .map(|(i, _)| selection.get(i))
            .max()
            .unwrap_or(Importance::Off)
    };
    let must = selection.get(part) == Importance::Must;
    debug_assert!(split.fastapi.contains(part));
    let own_reason = match req.separable {
        Some(Separable::Intrinsic) => must,
        _ => must && level(|r| r.traffic) == Importance::Must,
    };
    if !own_reason && level(|r| r.separates) >= Importance::Important {
        "that part must deploy and scale on its own"
    } else {
        req.split_reason.unwrap_or_default()
    }
}

/// The other side.
fn other(lean: Lean) -> Lean {
    match lean {
        Lean::Django => Lean::FastApi,
        _ => Lean::Django,
    }
}

/// One or two sentences backing the headline: what decided it.
pub fn detail(selection: &Selection, evaluation: &Evaluation) -> String {
    let needs = |lean: Lean| {
        join_words(
            deciding_needs(evaluation, lean)
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
            &[&needs(Lean::Django), &needs(Lean::FastApi)],
        ),
        Verdict::NoClearWinner(Undecided::FitVersusTeam) => {
            let team = team_lean(evaluation);
            fill(
                "Your needs ({}) point to {}, your team's experience to {}, and neither is \
                 clearly the larger pull. Both paths are workable: weigh how long the team \
                 would need to learn the other framework.",
                &[&needs(other(team)), name(other(team)), name(team)],
            )
        }
        Verdict::Django | Verdict::FastApi => {
            let side = winner(evaluation).unwrap_or(Lean::Neutral);
            match evaluation.basis {
                Basis::TeamOnly => fill(
                    "Your team's {} experience is the only thing to go on so far.",
                    &[name(side)],
                ),
                Basis::TeamDecides if deciding_needs(evaluation, side).next().is_none() => fill(
                    "Your needs ({}) are workable on either framework, and your team already \
                     knows {}.",
                    &[&needs(other(side)), name(side)],
                ),
                _ => {
                    let nouns = join_words(
                        deciding_needs(evaluation, side)
                            .take(3)
                            .map(|c| REQUIREMENTS[c.requirement].noun),
                    );
                    let template = if side == Lean::Django {
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
                            split_reason(&split, i, selection),
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
    let side = winner(evaluation).unwrap_or(Lean::Neutral);
    let team = name(team_lean(evaluation));
    let deciding = deciding_needs(evaluation, side);
    // A pull the other way that the context weakens (Channels in a Django
    // app, tokens for API clients) is named as covered, not as nothing.
    let covered_against = evaluation
        .contributions()
        .iter()
        .any(|c| c.weakened() && c.lean() != side && c.lean() != Lean::Neutral);
    let text = match evaluation.basis {
        Basis::Agreement => {
            let team = if team == name(side) {
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
            let other = REQUIREMENTS[index].lean;
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
            let knows_both = [Lean::Django, Lean::FastApi]
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
                    name(other),
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
                        name(side),
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
pub fn why(selection: &Selection, evaluation: &Evaluation) -> Vec<(Lean, String)> {
    let ships = |c: &Contribution| {
        REQUIREMENTS[c.requirement]
            .ships
            .map(|text| (c.lean(), text.to_string()))
    };
    let mut lines: Vec<(Lean, String)> = Vec::new();
    match evaluation.verdict {
        Verdict::Django | Verdict::FastApi => {
            let side = winner(evaluation).unwrap_or(Lean::Neutral);
            lines.extend(deciding_needs(evaluation, side).take(4).filter_map(ships));
            // A team that knows both frameworks is no reason for either.
            if deciding_team(evaluation, other(side)).next().is_none() {
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
                deciding_needs(evaluation, Lean::Django)
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
                        split_reason(&split, part, selection),
                    ],
                );
                lines.push((Lean::FastApi, text));
            }
        }
        Verdict::NoClearWinner(Undecided::Balanced | Undecided::FitVersusTeam) => {
            for side in [Lean::Django, Lean::FastApi] {
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
            lines.extend(req.ships.map(|text| (Lean::Neutral, text.to_string())));
        } else if req.narrows_async && c.importance >= Importance::Important {
            lines.push((Lean::Neutral, req.why.to_string()));
        }
    }
    // A pull the context weakens is explained, wherever it points; in a
    // split, FastAPI's features go with the service, at full strength there.
    let with_service = |i: usize| {
        let req = &REQUIREMENTS[i];
        split && req.role.is_none() && req.lean == Lean::FastApi
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
        lines.push((c.lean(), text));
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
        Verdict::Django => Lean::FastApi,
        Verdict::FastApi => Lean::Django,
        Verdict::Both(_) | Verdict::NoClearWinner(_) => return Vec::new(),
    };
    let knows_winner = selection.chosen().any(|(i, level)| {
        level >= Importance::Important
            && REQUIREMENTS[i].evidence == Evidence::Team
            && REQUIREMENTS[i].lean != other
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
                && req.lean == other
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

/// The edit a suggestion proposes, in the widget's own labels (so the
/// reader finds the switch): "If “…” were a must-have".
pub fn suggestion(s: &Suggestion) -> String {
    let team = REQUIREMENTS[s.requirement].evidence == Evidence::Team;
    let template = match (s.from, s.to) {
        (Importance::Off, _) if team => "If “{}” were also true ({})",
        (Importance::Off, _) => "If it also needed “{}” ({})",
        (_, Importance::Nice) => "If “{}” were only a nice-to-have",
        (_, Importance::Important) => "If “{}” were {}",
        _ => "If “{}” were a {}",
    };
    fill(
        template,
        &[REQUIREMENTS[s.requirement].label, importance_label(s.to)],
    )
}

/// The same edit in the project's words, for the decision record: "If it
/// also needed a staff admin", "If model serving were a must-have".
pub fn suggestion_in_words(s: &Suggestion) -> String {
    let team = REQUIREMENTS[s.requirement].evidence == Evidence::Team;
    let template = match (s.from, s.to) {
        (Importance::Off, _) if team => "If the team also had {} to the same degree",
        (Importance::Off, Importance::Must) => "If it also needed {}, as a must-have",
        (Importance::Off, _) => "If it also needed {}",
        (_, Importance::Nice) => "If {} were only a nice-to-have",
        (_, Importance::Important) => "If {} were important",
        _ => "If {} were a must-have",
    };
    fill(template, &[REQUIREMENTS[s.requirement].noun])
}

/// `text` with its first letter in capitals (a noun that starts a line).
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// True for the needs the project has, not traits of its team or workload.
fn is_need(index: usize) -> bool {
    !GROUPS[REQUIREMENTS[index].group].traits
}

/// The project's needs at one level, in its words: "a staff admin and user accounts".
fn needs_at(selection: &Selection, level: Importance) -> String {
    join_words(
        selection
            .chosen()
            .filter(|(i, l)| *l == level && is_need(*i))
            .map(|(i, _)| REQUIREMENTS[i].noun),
    )
}

/// One framework as an option: what it is built for among the deciding
/// needs, and what it would add (packages) for the others.
fn option_line(selection: &Selection, evaluation: &Evaluation, side: Lean, chosen: bool) -> String {
    let (own, other): (Vec<usize>, Vec<usize>) = selection
        .chosen()
        .filter(|(i, level)| *level >= Importance::Important && is_need(*i))
        .map(|(i, _)| i)
        .partition(|i| REQUIREMENTS[*i].lean == side);
    let nouns = |set: &[usize]| join_words(set.iter().map(|i| REQUIREMENTS[*i].noun));
    let packages = crate::plan::added_for(
        evaluation,
        crate::plan::plan_side(side),
        if side == Lean::Django {
            Lean::FastApi
        } else {
            Lean::Django
        },
    );
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
            name(side),
            if chosen { " (chosen)" } else { "" },
            &built,
            sep,
            &adds,
            body,
        ],
    )
}

/// A Markdown section: a heading and a list (numbered or bulleted); nothing
/// when the list is empty.
fn section(md: &mut String, title: &str, lines: &[String], numbered: bool) {
    if !lines.is_empty() {
        md.push_str(&fill("\n## {}\n\n", &[title]));
        for (n, line) in lines.iter().enumerate() {
            let marker = if numbered {
                (n + 1).to_string() + "."
            } else {
                "-".into()
            };
            md.push_str(&fill("{} {}\n", &[&marker, line]));
        }
    }
}

/// The decision as a record a team files (an ADR): context, decision
/// drivers, options considered, decision, implementation (stack, install
/// lines, first steps), consequences (risks, what to cover), when to
/// revisit and what would change it; in the project's words, not the
/// widget's controls. `date` is the day it was copied, `link` the
/// permalink when there is one.
pub fn summary_markdown(
    selection: &Selection,
    evaluation: &Evaluation,
    suggestions: &Suggestions,
    date: Option<&str>,
    link: Option<&str>,
) -> String {
    let mut md = String::from("# Architecture decision: the web framework\n\n");
    if let Some(date) = date {
        md.push_str(&fill("Date: {} · ", &[date]));
    }
    md.push_str("Status: proposed\n");
    let mut context = Vec::new();
    for (level, words) in [
        (Importance::Must, "Must have: {}."),
        (Importance::Important, "Needs: {}."),
        (Importance::Nice, "Would like: {}."),
    ] {
        let needs = needs_at(selection, level);
        if !needs.is_empty() {
            context.push(fill(words, &[&needs]));
        }
    }
    let traits: Vec<String> = selection
        .chosen()
        .filter(|(i, _)| !is_need(*i))
        .map(|(i, level)| {
            let weight = match level {
                Importance::Must => " (a hard constraint)",
                Importance::Nice => " (a minor factor)",
                _ => "",
            };
            fill("{}{}", &[REQUIREMENTS[i].noun, weight])
        })
        .collect();
    if !traits.is_empty() {
        context.push(fill(
            "Team and workload: {}.",
            &[&join_words(traits.iter().map(String::as_str))],
        ));
    }
    section(&mut md, "Context", &context, false);
    let drivers: Vec<String> = why(selection, evaluation)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    section(&mut md, "Decision drivers", &drivers, false);
    let open = matches!(
        evaluation.verdict,
        Verdict::NoClearWinner(
            Undecided::NothingChosen | Undecided::OnlyWorkload | Undecided::TooLittle
        )
    );
    if !open {
        let win = winner(evaluation);
        let mut options = vec![
            option_line(
                selection,
                evaluation,
                Lean::Django,
                win == Some(Lean::Django),
            ),
            option_line(
                selection,
                evaluation,
                Lean::FastApi,
                win == Some(Lean::FastApi),
            ),
        ];
        if let Verdict::Both(split) = evaluation.verdict {
            let parts: Vec<String> = split
                .fastapi
                .iter()
                .map(|i| {
                    fill(
                        "{}, because {}",
                        &[
                            REQUIREMENTS[i].part.unwrap_or_default(),
                            split_reason(&split, i, selection),
                        ],
                    )
                })
                .collect();
            let parts = join_words(parts.iter().map(String::as_str));
            options.push(if evaluation.is_firm() {
                fill(
                    "Django plus a FastAPI service (chosen): the service runs {}.",
                    &[&parts],
                )
            } else {
                fill(
                    "Django now, a FastAPI service later (chosen): one Django project to start, \
                     and a service for {} once it needs its own hardware, releases or scale.",
                    &[&join_words(
                        split
                            .fastapi
                            .iter()
                            .map(|i| REQUIREMENTS[i].part.unwrap_or_default()),
                    )],
                )
            });
        }
        section(&mut md, "Options considered", &options, false);
    }
    // Where the headline alone does not say why (both would serve, or the
    // team's experience decides), the decision gives the weighing too.
    let weighed = matches!(
        evaluation.verdict,
        Verdict::NoClearWinner(Undecided::Balanced | Undecided::FitVersusTeam)
    );
    let mut basis = basis_text(evaluation);
    if weighed {
        if !basis.is_empty() {
            basis.push(' ');
        }
        basis.push_str(&detail(selection, evaluation));
    }
    md.push_str(&fill(
        "\n## Decision\n\n{}.{}{}\n",
        &[
            headline(evaluation),
            if basis.is_empty() { "" } else { " " },
            &basis,
        ],
    ));
    if let Some(plan) = crate::plan::plan(evaluation) {
        md.push_str("\n## Implementation\n\n");
        let (first, second) = match plan.kind {
            crate::plan::PlanKind::Split => ("The Django web application", "The FastAPI service"),
            crate::plan::PlanKind::Alternatives => ("On Django", "On FastAPI"),
            _ => ("The stack", ""),
        };
        for (title, lines, installs) in [
            (first, &plan.stack, plan.installs),
            (second, &plan.service, plan.service_installs),
        ] {
            if lines.is_empty() {
                continue;
            }
            md.push_str(&fill("- {}:\n", &[title]));
            for line in lines {
                md.push_str(&fill("  - {}\n", &[line]));
            }
            if !installs.is_empty() {
                md.push_str(&fill(
                    "  - Install: `{}`\n",
                    &[&crate::plan::install_line(installs)],
                ));
            }
        }
        if !plan.later.is_empty() {
            md.push_str("- Later, if still wanted:\n");
            for line in &plan.later {
                md.push_str(&fill("  - {}\n", &[line]));
            }
        }
        let steps: Vec<String> = plan.steps.iter().map(|s| s.to_string()).collect();
        md.push_str("\nFirst steps:\n\n");
        for (n, step) in steps.iter().enumerate() {
            md.push_str(&fill("{}. {}\n", &[&(n + 1).to_string(), step]));
        }
        let mut consequences: Vec<String> =
            plan.risks.iter().map(|r| fill("Risk: {}", &[r])).collect();
        // What the chosen stack does not ship (the team's experience is
        // no package: the risks speak of it).
        for gap in gaps(selection, evaluation) {
            let req = &REQUIREMENTS[gap];
            if req.evidence == Evidence::Team {
                continue;
            }
            // A need is a feature the stack lacks; a workload is met
            // differently, not "built in" or not.
            let template = if is_need(gap) {
                "Not built in: {}. {}"
            } else {
                "For {}: {}"
            };
            consequences.push(fill(
                template,
                &[req.noun, req.covered_by.unwrap_or_default()],
            ));
        }
        section(&mut md, "Consequences", &consequences, false);
        let contract: Vec<String> = plan.contract.iter().map(|s| s.to_string()).collect();
        section(&mut md, "How the two parts work together", &contract, false);
        let revisit: Vec<String> = plan
            .revisit
            .iter()
            .map(|r| fill("{}.", &[&capitalised(r)]))
            .collect();
        section(&mut md, "Revisit when", &revisit, false);
    }
    let edits: Vec<String> = suggestions
        .iter()
        .map(|s| {
            fill(
                "{} → {}",
                &[&suggestion_in_words(s), outcome(s.verdict, s.firm)],
            )
        })
        .collect();
    section(&mut md, "What would change the answer", &edits, false);
    // The tool gets a footnote, not the header.
    md.push_str("\n---\n\nWorked out with Framework Advisor");
    match link {
        Some(link) => md.push_str(&fill(": <{}>\n", &[link])),
        None => md.push_str(".\n"),
    }
    md
}
