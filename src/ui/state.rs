//! The widget's state and the actions that change it (a Yew reducer).
//!
//! This is the one place the UI calls the engine: every new selection is
//! evaluated here, once, and components only read the result.

use super::{Disclosures, Theme};
use crate::engine::{
    evaluate, gaps, plan, what_would_change, why, Evaluation, Importance, Lean, Plan, Preset,
    Selection, Suggestion, Suggestions, DEFAULT_ON,
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
    /// What decided it, one line each, with the side it speaks for.
    pub why: Vec<(Lean, String)>,
    /// Needs the recommended framework has to cover (requirement indices).
    pub gaps: Vec<usize>,
    /// The stack, first steps, risks and revisit lines; `None` while
    /// nothing is chosen.
    pub plan: Option<Plan>,
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
        Self {
            selection,
            evaluation,
            suggestions: what_would_change(&selection),
            advice: Rc::new(Advice {
                why: why(&selection, &evaluation),
                gaps: gaps(&selection, &evaluation),
                plan: plan(&evaluation),
            }),
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
