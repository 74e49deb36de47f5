//! Words for the engine's results: headlines, what the answer rests on,
//! reasons, gaps, suggestions and the Markdown summary a team can paste into
//! a chat or a decision record.

use crate::{
    Basis, Contribution, Evaluation, Evidence, Importance, Lean, RequirementSet, Selection,
    Separable, Split, Suggestion, Suggestions, Undecided, Verdict, VerdictKind, REQUIREMENTS,
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
        (Verdict::Both(_), false) => "Probably both: Django plus a FastAPI service",
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

/// The clarity figure with its grade: "Clarity 76 of 100: firm".
pub fn clarity_text(evaluation: &Evaluation) -> String {
    let grade = match evaluation.verdict {
        Verdict::NoClearWinner(Undecided::NothingChosen) => {
            return "Clarity: nothing to weigh yet".into()
        }
        Verdict::NoClearWinner(_) => "no winner",
        _ if evaluation.is_firm() => "firm",
        _ => "a lean",
    };
    let clarity = evaluation.clarity.to_string();
    fill("Clarity {} of 100: {}", &[&clarity, grade])
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

/// Requirement labels in quotes, joined as running text: “a”, “b” and “c”.
fn quoted<'a>(requirements: impl Iterator<Item = &'a Contribution>) -> String {
    let labels: Vec<String> = requirements
        .map(|c| fill("“{}”", &[REQUIREMENTS[c.requirement].label]))
        .collect();
    join_words(labels.iter().map(String::as_str))
}

/// One requirement's label in quotes.
fn quoted_one(index: usize) -> String {
    fill("“{}”", &[REQUIREMENTS[index].label])
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
    evaluation.contributions().iter().filter(move |c| {
        c.decides()
            && c.lean() == side
            && REQUIREMENTS[c.requirement].evidence == Evidence::Technical
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

/// How many deciding needs a side has, in words ("two of your needs").
fn count_words(n: usize) -> &'static str {
    match n {
        0 | 1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        _ => "all",
    }
}

/// Why a part of a split runs apart, for the reader: its own reason, the
/// traffic, or the reader's word that it deploys on its own.
pub fn split_reason(split: &Split, part: usize, selection: &Selection) -> &'static str {
    let req = &REQUIREMENTS[part];
    let level = |flag: fn(&crate::Requirement) -> bool| {
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
        "it must deploy and scale on its own"
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
    let needs = |lean: Lean| quoted(deciding_needs(evaluation, lean).take(3));
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
            "{} pull towards Django and {} towards FastAPI, and each framework covers the \
             other side's needs well. Either is a sound choice: let your team's experience \
             decide.",
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
                _ => fill("{} decides it: {}.", &[name(side), &needs(side)]),
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
    let text = match evaluation.basis {
        Basis::Agreement => {
            let needs = count_words(deciding_needs(evaluation, side).count());
            let team = if team == name(side) {
                " and your team's experience"
            } else {
                ""
            };
            return fill(
                "Firm: {} of your needs{} point this way, and nothing you chose pulls hard the \
                 other way.",
                &[needs, team],
            );
        }
        Basis::PullAgainst(index) => {
            let must = evaluation
                .contributions()
                .iter()
                .any(|c| c.requirement == index && c.importance == Importance::Must);
            return fill(
                "A lean: {}{} pulls towards {}.",
                &[
                    &quoted_one(index),
                    if must { ", a must-have," } else { "" },
                    name(REQUIREMENTS[index].lean),
                ],
            );
        }
        Basis::OneSignal => "A lean, not a firm answer: it rests on one requirement so far.",
        Basis::NoMustHave => {
            "A lean: your needs agree, but none is a must-have and they are \
             too slight together for a firm answer."
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
            "A lean: add what you are building to get an answer on the \
             technical fit."
        }
        Basis::SplitFirm => {
            "Firm: the web application rests on several needs, and the \
             separate part has a must-have reason to run on its own."
        }
        Basis::SplitLean => {
            "A lean: the web application rests on one need, or the reason to \
             run the part apart is not a must-have; one service is also sound until that part \
             grows."
        }
        Basis::Undecided => "",
    };
    fill(text, &[team])
}

/// One ranked reason: "An admin back office for staff (must-have): strongly
/// favours Django".
pub fn reason(contribution: &Contribution) -> String {
    let req = &REQUIREMENTS[contribution.requirement];
    let level = importance_label(contribution.importance);
    let context = req.context.as_ref().filter(|_| contribution.weakened);
    let pull = match context.map_or(req.strength, |c| c.strength) {
        3 => "strongly favours",
        2 => "favours",
        _ => "slightly favours",
    };
    let note = context.map_or("", |c| c.note);
    let template = match req.lean {
        _ if !contribution.decides() && req.lean != Lean::Neutral => {
            "{} ({}): welcome on either framework; nice-to-haves do not decide"
        }
        Lean::Django | Lean::FastApi if contribution.dampened && context.is_some() => {
            "{} ({}): {} {}, less so with CPU-heavy work: {}"
        }
        Lean::Django | Lean::FastApi if contribution.dampened => {
            "{} ({}): {} {}, less so with CPU-heavy work"
        }
        Lean::Django | Lean::FastApi if context.is_some() => "{} ({}): {} {}: {}",
        Lean::Django | Lean::FastApi => "{} ({}): {} {}",
        Lean::Neutral if req.narrows_async && contribution.points > 0 => {
            "{} ({}): narrows FastAPI's async advantage"
        }
        Lean::Neutral if req.narrows_async => {
            "{} ({}): limits both frameworks alike; nothing chosen relies on async"
        }
        Lean::Neutral => "{} ({}): decides where a separable part runs, not which framework",
    };
    fill(template, &[req.label, level, pull, name(req.lean), note])
}

/// Requirements the reader needs (important or must-have) that pull towards
/// the framework that was *not* chosen, most important first: the gaps the
/// winner has to cover. Empty unless the verdict is Django or FastAPI.
pub fn gaps(selection: &Selection, evaluation: &Evaluation) -> Vec<usize> {
    let other = match evaluation.verdict {
        Verdict::Django => Lean::FastApi,
        Verdict::FastApi => Lean::Django,
        Verdict::Both(_) | Verdict::NoClearWinner(_) => return Vec::new(),
    };
    let mut found: Vec<usize> = selection
        .chosen()
        .filter(|(i, level)| *level >= Importance::Important && REQUIREMENTS[*i].lean == other)
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

/// The edit a suggestion proposes, without its outcome: "If “…” were a must-have".
pub fn suggestion(s: &Suggestion) -> String {
    let template = match (s.from, s.to) {
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

/// A Markdown summary of the decision: verdict, what it rests on, reasons,
/// gaps, what would change it, and the permalink when there is one.
pub fn summary_markdown(
    selection: &Selection,
    evaluation: &Evaluation,
    suggestions: &Suggestions,
    link: Option<&str>,
) -> String {
    let mut md = fill(
        "### Django or FastAPI? {}\n\n{} {} ({}).\n",
        &[
            headline(evaluation),
            &detail(selection, evaluation),
            &basis_text(evaluation),
            &clarity_text(evaluation),
        ],
    );
    let mut section = |title: &str, lines: &[String]| {
        if !lines.is_empty() {
            md.push_str(&fill("\n**{}**\n", &[title]));
            for line in lines {
                md.push_str(&fill("- {}\n", &[line]));
            }
        }
    };
    if let Verdict::Both(split) = evaluation.verdict {
        section(
            "How to split it",
            &[
                fill("Django: {}", &[&join_words(parts_of(split.django))]),
                fill(
                    "FastAPI service: {}",
                    &[&join_words(parts_of(split.fastapi))],
                ),
            ],
        );
    }
    let reasons: Vec<String> = evaluation.contributions().iter().map(reason).collect();
    section("Why", &reasons);
    let gaps: Vec<String> = gaps(selection, evaluation)
        .into_iter()
        .map(gap_text)
        .collect();
    section("Covering the gaps", &gaps);
    let edits = |list: &mut dyn Iterator<Item = &Suggestion>| -> Vec<String> {
        list.map(|s| fill("{} → {}", &[&suggestion(s), outcome(s.verdict, s.firm)]))
            .collect()
    };
    section(
        "What would change the answer",
        &edits(&mut suggestions.changes()),
    );
    section(
        "If the project also needed",
        &edits(&mut suggestions.additions()),
    );
    match link {
        Some(link) => md.push_str(&fill(
            "\nWorked out with Framework Advisor: <{}>\n",
            &[link],
        )),
        None => md.push_str("\nWorked out with Framework Advisor.\n"),
    }
    md
}
