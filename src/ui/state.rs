//! The widget's state and the actions that change it (a Yew reducer).
//!
//! This is the one place the UI calls the engine: every new selection is
//! evaluated here, once, and components only read the result.

use crate::engine::{
    evaluate, what_would_change, Evaluation, Importance, Preset, Selection, Suggestion,
    Suggestions, DEFAULT_ON,
};
use std::rc::Rc;
use yew::Reducible;

/// What the reader chose and what the engine made of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AdvisorState {
    /// The importance of every requirement.
    pub selection: Selection,
    /// The engine's verdict, lean and reasons for `selection`.
    pub evaluation: Evaluation,
    /// The smallest edits that would change the verdict.
    pub suggestions: Suggestions,
}

impl AdvisorState {
    /// Evaluates `selection` into a full state.
    pub fn new(selection: Selection) -> Self {
        Self {
            selection,
            evaluation: evaluate(&selection),
            suggestions: what_would_change(&selection),
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
