//! The widget's state and the actions that change it (a Yew reducer).
//!
//! This is the one place the UI calls the engine: every new selection is
//! evaluated here, once, with every text the views show, and the views only
//! read the result (the copied summary is made here too, when asked).

use super::{Disclosures, Theme};
use crate::engine::{
    knowledge::{Lean, PackageSet, Preset, DEFAULT_ON},
    plan::{install_line, plan, Plan},
    scoring::{evaluate, what_would_change, Evaluation, Suggestion, Suggestions, Verdict},
    words::{
        basis_text, clarity_text, detail, gap_text, gaps, headline, outcome, parts_of,
        short_headline, suggestion, summary_markdown, why,
    },
    Importance, Selection,
};
use std::rc::Rc;
use yew::Reducible;

/// What the reader chose and everything the engine made of it: the views
/// only read these results. Everything but `selection` follows from it, so
/// states compare by selection alone, and the texts are shared, not copied,
/// when a state is cloned.
#[derive(Clone, Debug)]
pub struct AdvisorState {
    /// The importance of every requirement.
    pub selection: Selection,
    /// The engine's verdict, its grade and its evidence for `selection`.
    pub evaluation: Evaluation,
    /// The smallest edits that would change the verdict.
    pub suggestions: Suggestions,
    /// The explanation and the plan.
    pub advice: Rc<Advice>,
}

/// The words and the plan that go with a verdict.
#[derive(Debug)]
pub struct Advice {
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
    pub why: Vec<(Lean, String)>,
    /// How the recommended framework covers the needs it lacks.
    pub gaps: Vec<String>,
    /// For "use both": the parts of each side (Django's, the service's).
    pub split: Option<(Vec<&'static str>, Vec<&'static str>)>,
    /// The "what would change" edits in words: the edit, what it would
    /// give, and whether it adds a requirement.
    pub changes: Vec<SuggestionText>,
    /// The stack, first steps, risks and revisit lines; `None` while
    /// nothing is chosen.
    pub plan: Option<Plan>,
    /// The copyable install lines: the stack's (the web app's in a split)
    /// and the service's; empty where there is nothing to install.
    pub install_lines: [String; 2],
}

/// One "what would change the answer" edit, as the reader reads it.
#[derive(Debug)]
pub struct SuggestionText {
    /// The edit to apply.
    pub suggestion: Suggestion,
    /// The edit in words ("If model serving were a must-have").
    pub edit: String,
    /// What it would give ("probably both").
    pub outcome: &'static str,
    /// True for a requirement the project does not have yet.
    pub addition: bool,
}

impl PartialEq for AdvisorState {
    fn eq(&self, other: &Self) -> bool {
        self.selection == other.selection
    }
}

impl Eq for AdvisorState {}

impl AdvisorState {
    /// Evaluates `selection` into a full state.
    pub fn new(selection: Selection) -> Self {
        let evaluation = evaluate(&selection);
        let suggestions = what_would_change(&selection);
        Self {
            selection,
            evaluation,
            advice: Rc::new(Advice::new(&selection, &evaluation, &suggestions)),
            suggestions,
        }
    }

    /// The decision record "Copy summary" copies, dated `date` (ISO) and
    /// pointing at `link`.
    pub fn summary_markdown(&self, date: Option<&str>, link: Option<&str>) -> String {
        summary_markdown(
            &self.selection,
            &self.evaluation,
            &self.suggestions,
            date,
            link,
        )
    }
}

impl Advice {
    fn new(selection: &Selection, evaluation: &Evaluation, suggestions: &Suggestions) -> Self {
        let texts = |list: &mut dyn Iterator<Item = &Suggestion>, addition| {
            list.map(|s| SuggestionText {
                suggestion: *s,
                edit: suggestion(s),
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
        Self {
            headline: headline(evaluation),
            short_headline: short_headline(evaluation),
            detail: detail(selection, evaluation),
            basis: basis_text(evaluation),
            clarity: clarity_text(evaluation),
            why: why(selection, evaluation),
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
        }
    }
}

/// Everything the reader can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Switch requirement `index` on (as important) or off.
    Toggle(usize),
    /// Set requirement `index` to a level.
    SetImportance(usize, Importance),
    /// Replace the selection by a scenario's.
    ApplyPreset(&'static Preset),
    /// Apply a "what would change" suggestion.
    ApplySuggestion(Suggestion),
    /// Replace the whole selection (e.g. from a permalink or an attribute).
    Replace(Selection),
    /// Switch everything off.
    Reset,
}

impl Reducible for AdvisorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let current = self.selection;
        let next = match action {
            Action::Toggle(index) => {
                let level = if current.get(index) == Importance::Off {
                    DEFAULT_ON
                } else {
                    Importance::Off
                };
                current.with(index, level)
            }
            Action::SetImportance(index, level) => current.with(index, level),
            Action::ApplyPreset(preset) => preset.selection,
            Action::ApplySuggestion(suggestion) => suggestion.apply(&current),
            Action::Replace(selection) => selection,
            Action::Reset => Selection::EMPTY,
        };
        if next == current {
            self
        } else {
            Rc::new(AdvisorState::new(next))
        }
    }
}

/// What the reader set beside the selection, kept by the embedding edge so
/// an element detached and attached again comes back as it was left.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The theme the reader picked, with the host's theme it replaced: the
    /// pick holds while the host's theme stays that one.
    pub theme: Option<(Theme, Theme)>,
    /// Which parts of the plan are open.
    pub disclosures: Disclosures,
}

impl ViewState {
    /// The theme to show when the host asks for `host`.
    pub fn theme(&self, host: Theme) -> Theme {
        match self.theme {
            Some((picked, over)) if over == host => picked,
            _ => host,
        }
    }
}
