//! The whole result for one selection, built once: the verdict and its grade,
//! what it rests on, the reasons, what would change it, the plan and every
//! line of the decision record. The widget's views and the copied record
//! both render this one value ([`advise`]).

use super::labels::{
    clarity_text, headline, outcome, short_headline, suggestion, suggestion_in_words,
};
use super::sentences::{
    basis_text, detail, gap_text, gaps, is_need, needs_at, option_line, parts_of, split_reason,
    why, winner,
};
use super::text::{fill, join_words};
use crate::{
    knowledge::{Evidence, Members as _, PackageSet, Side, REQUIREMENTS},
    plan::{install_line, plan, Plan},
    scoring::{
        evaluate, what_would_change, Evaluation, Suggestion, Suggestions, Undecided, Verdict,
    },
    Importance, Selection,
};

/// What the engine made of one selection, with every text the reader sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    /// The selection it answers.
    pub selection: Selection,
    /// The verdict, its grade and its evidence.
    pub evaluation: Evaluation,
    /// The smallest edits that would change the verdict.
    pub suggestions: Suggestions,
    /// The verdict in a sentence ("Django fits best").
    pub headline: &'static str,
    /// The verdict in a few words, for the "So far" lines.
    pub short_headline: &'static str,
    /// What the verdict rests on, in the project's terms.
    pub detail: String,
    /// Why it is firm or only a lean.
    pub basis: String,
    /// How clear the answer is, in words.
    pub clarity: &'static str,
    /// What decided it, one line each, with the side it speaks for.
    pub why: Vec<(Option<Side>, String)>,
    /// How the recommended framework covers the needs it lacks.
    pub gaps: Vec<String>,
    /// For "use both": the parts of each side (Django's, the service's).
    pub split: Option<(Vec<&'static str>, Vec<&'static str>)>,
    /// The "what would change" edits in words, changes first.
    pub changes: Vec<SuggestionText>,
    /// The stack, first steps, risks and revisit lines; `None` while
    /// nothing is chosen.
    pub plan: Option<Plan>,
    /// The copyable install lines: the stack's (the web app's in a split)
    /// and the service's; empty where there is nothing to install.
    pub install_lines: [String; 2],
    /// The record's context: the needs by level, then team and workload.
    pub context: Vec<String>,
    /// The record's options considered (none while too little is known).
    pub options: Vec<String>,
    /// The record's decision: the headline, why, and for a balance the
    /// weighing too.
    pub decision: String,
    /// The record's consequences: the plan's risks and what the chosen
    /// stack does not ship.
    pub consequences: Vec<String>,
}

/// One "what would change the answer" edit, as the reader reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SuggestionText {
    /// The edit to apply.
    pub suggestion: Suggestion,
    /// The edit in the widget's labels ("If “…” were a must-have").
    pub edit: String,
    /// The edit in the project's words, for the record ("If model serving
    /// were a must-have").
    pub in_words: String,
    /// What it would give ("probably both").
    pub outcome: &'static str,
    /// True for a requirement the project does not have yet.
    pub addition: bool,
}

/// The advice for `selection`.
pub fn advise(selection: &Selection) -> Advice {
    let evaluation = evaluate(selection);
    let suggestions = what_would_change(selection);
    let evaluation = &evaluation;
    let texts = |list: &mut dyn Iterator<Item = &Suggestion>, addition| {
        list.map(|s| SuggestionText {
            suggestion: *s,
            edit: suggestion(s),
            in_words: suggestion_in_words(s),
            outcome: outcome(s.verdict, s.firm),
            addition,
        })
        .collect::<Vec<_>>()
    };
    let mut changes = texts(&mut suggestions.changes(), false);
    changes.extend(texts(&mut suggestions.additions(), true));
    let plan = plan(evaluation);
    let line = |set: PackageSet| {
        if set.is_empty() {
            String::new()
        } else {
            install_line(set)
        }
    };
    let install_lines = plan.as_ref().map_or_else(Default::default, |p| {
        [line(p.installs), line(p.service_installs)]
    });
    let consequences = plan
        .as_ref()
        .map(|plan| consequences(selection, evaluation, plan))
        .unwrap_or_default();
    let basis = basis_text(evaluation);
    let detail = detail(evaluation);
    Advice {
        selection: *selection,
        evaluation: *evaluation,
        suggestions,
        headline: headline(evaluation),
        short_headline: short_headline(evaluation),
        decision: decision(evaluation, &basis, &detail),
        detail,
        basis,
        clarity: clarity_text(evaluation),
        why: why(evaluation),
        gaps: gaps(selection, evaluation)
            .into_iter()
            .map(gap_text)
            .collect(),
        split: match evaluation.verdict {
            Verdict::Both(split) => Some((
                parts_of(split.django).collect(),
                parts_of(split.fastapi).collect(),
            )),
            _ => None,
        },
        changes,
        plan,
        install_lines,
        context: context(selection),
        options: options(selection, evaluation),
        consequences,
    }
}

/// The project's needs by level, then its team and workload traits.
fn context(selection: &Selection) -> Vec<String> {
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
    context
}

/// Each framework as an option, and for a split the split itself; none
/// while too little is known to weigh them.
fn options(selection: &Selection, evaluation: &Evaluation) -> Vec<String> {
    let open = matches!(
        evaluation.verdict,
        Verdict::NoClearWinner(
            Undecided::NothingChosen | Undecided::OnlyWorkload | Undecided::TooLittle
        )
    );
    if open {
        return Vec::new();
    }
    let win = winner(evaluation);
    let mut options = vec![
        option_line(
            selection,
            evaluation,
            Side::Django,
            win == Some(Side::Django),
        ),
        option_line(
            selection,
            evaluation,
            Side::FastApi,
            win == Some(Side::FastApi),
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
                        split_reason(&split, i),
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
    options
}

/// The decision in a sentence or two: where the headline alone does not say
/// why (both would serve, or the team's experience decides), the weighing
/// too.
fn decision(evaluation: &Evaluation, basis: &str, detail: &str) -> String {
    let weighed = matches!(
        evaluation.verdict,
        Verdict::NoClearWinner(Undecided::Balanced | Undecided::FitVersusTeam)
    );
    let mut basis = basis.to_string();
    if weighed {
        if !basis.is_empty() {
            basis.push(' ');
        }
        basis.push_str(detail);
    }
    fill(
        "{}.{}{}",
        &[
            headline(evaluation),
            if basis.is_empty() { "" } else { " " },
            &basis,
        ],
    )
}

/// The plan's risks, then what the chosen stack does not ship (the team's
/// experience is no package: the risks speak of it).
fn consequences(selection: &Selection, evaluation: &Evaluation, plan: &Plan) -> Vec<String> {
    let mut consequences: Vec<String> = plan.risks.iter().map(|r| fill("Risk: {}", &[r])).collect();
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
    consequences
}
