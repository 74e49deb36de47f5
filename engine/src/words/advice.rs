//! The whole result for one selection, built once: the verdict, its grade
//! (said once: by the headline in the record and the answer bar, by
//! [`grade_label`](super::grade_label) beside the verdict's
//! [`title`](super::title) on the answer card), what it rests on, the few reasons that
//! decide it, what would change it, and a plan of one screen. The widget's
//! views and the copied record both render this one value ([`advise`]).

use super::labels::{headline, outcome, short_headline, suggestion, suggestion_in_words};
use super::sentences::{basis, parts_of, project, reasons};
use crate::{
    knowledge::{PackageSet, Side, PRESETS},
    plan::{install_line, plan, Plan},
    scoring::{evaluate, what_would_change, Evaluation, Suggestion, Suggestions, Verdict},
    Selection,
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
    /// The verdict and its grade in a few words ("Django fits best",
    /// "Leaning towards FastAPI"): the one place the grade is said.
    pub headline: &'static str,
    /// The verdict in as few words as fit a phone's answer bar.
    pub short_headline: &'static str,
    /// What the answer rests on, in one sentence.
    pub basis: String,
    /// At most three reasons that decide it, each with the side it speaks
    /// for (`None`: the workload).
    pub reasons: Vec<(Option<Side>, String)>,
    /// For "use both": the parts on each side (Django's, the service's).
    pub split: Option<(Vec<&'static str>, Vec<&'static str>)>,
    /// What would change the answer, changes to the reader's choices first.
    pub changes: Vec<SuggestionText>,
    /// Where no single edit changes a definite answer, what would, in words.
    pub change_note: Option<&'static str>,
    /// The stack, first steps, risks and revisit triggers; `None` while
    /// nothing is chosen.
    pub plan: Option<Plan>,
    /// The copyable install lines: the stack's (the web app's in a split)
    /// and the service's; empty where there is nothing to install.
    pub install_lines: [String; 2],
    /// The project in one line, for the record.
    pub project: String,
}

/// One "what would change the answer" edit, as the reader reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SuggestionText {
    /// The edit to apply (the first of a pair).
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
    let mut advice = advise_on(selection);
    // A scenario's own first concern (tenancy for a multi-tenant SaaS) comes
    // right after the set-up step, in place of the last middle step.
    let scenario = PRESETS
        .iter()
        .find(|p| p.selection == *selection && !p.selection.is_empty());
    if let (Some(plan), Some(step)) = (&mut advice.plan, scenario.and_then(|p| p.step)) {
        if plan.steps.len() >= 5 {
            plan.steps.remove(plan.steps.len() - 2);
        }
        plan.steps.insert(1, step);
    }
    advice
}

/// The advice the engine's rules give, before a scenario's own step.
fn advise_on(selection: &Selection) -> Advice {
    let evaluation = evaluate(selection);
    let suggestions = what_would_change(selection);
    let evaluation = &evaluation;
    let changes: Vec<SuggestionText> = suggestions
        .iter()
        .map(|s| SuggestionText {
            suggestion: *s,
            edit: suggestion(s),
            in_words: suggestion_in_words(s),
            outcome: outcome(s.verdict, s.firm),
            addition: s.is_addition(),
        })
        .collect();
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
    Advice {
        selection: *selection,
        evaluation: *evaluation,
        suggestions,
        headline: headline(evaluation),
        short_headline: short_headline(evaluation),
        basis: basis(evaluation),
        reasons: reasons(evaluation),
        split: split_parts(evaluation),
        change_note: change_note(evaluation, &changes),
        changes,
        plan,
        install_lines,
        project: project(selection),
    }
}

/// What would change a definite answer no single edit changes: a project of
/// another kind, said plainly rather than as a contrived pair of edits.
fn change_note(evaluation: &Evaluation, changes: &[SuggestionText]) -> Option<&'static str> {
    if !changes.is_empty() {
        return None;
    }
    if !evaluation.is_firm() && evaluation.verdict.side().is_some() {
        return Some("What the project must do: so far the answer rests on a preference.");
    }
    match evaluation.verdict {
        Verdict::Django => Some(
            "Little would: it takes another kind of project, such as an API with no pages or \
             staff screens.",
        ),
        Verdict::FastApi => Some(
            "Little would: it takes another kind of project, such as a web app with pages and \
             a staff admin.",
        ),
        Verdict::Both(_) => Some(
            "Little would: the part moves back into Django only if its reason to run apart \
             goes away.",
        ),
        Verdict::NoClearWinner(_) => None,
    }
}

/// The parts each side runs in a split.
fn split_parts(evaluation: &Evaluation) -> Option<(Vec<&'static str>, Vec<&'static str>)> {
    match evaluation.verdict {
        Verdict::Both(split) => Some((
            parts_of(split.django).collect(),
            parts_of(split.fastapi).collect(),
        )),
        _ => None,
    }
}
