//! The widget's state and the actions that change it (a Yew reducer).
//!
//! This is the one place the UI calls the engine: every new selection is
//! advised here, once ([`advise`]), and the views and the copied summary
//! render that one result.

use super::{Disclosures, FIRST_STEPS_OPEN};
use crate::engine::{
    knowledge::{Preset, DEFAULT_ON},
    scoring::Suggestion,
    words::{advise, summary_markdown, Advice},
    Importance, Selection,
};
use std::rc::Rc;
use yew::Reducible;

/// What the reader chose and the engine's whole result for it: the views
/// only read the advice. The advice follows from the selection, so states
/// compare by selection alone, and it is shared, not copied, when a state is
/// cloned.
#[derive(Clone, Debug)]
pub struct AdvisorState {
    /// The importance of every requirement.
    pub selection: Selection,
    /// Everything the engine made of `selection`, with every text shown.
    pub advice: Rc<Advice>,
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
        Self {
            selection,
            advice: Rc::new(advise(&selection)),
        }
    }

    /// The decision record "Copy summary" copies, dated `date` (ISO) and
    /// pointing at `link`.
    pub fn summary_markdown(&self, date: Option<&str>, link: Option<&str>) -> String {
        summary_markdown(&self.advice, date, link)
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

/// What the reader opened beside the selection, kept by the embedding edge
/// so an element detached and attached again comes back as it was left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ViewState {
    /// Which parts of the plan are open.
    pub disclosures: Disclosures,
    /// Which requirements' descriptions are open (bit `i` is requirement `i`).
    pub about: u32,
}

impl Default for ViewState {
    /// The first steps open, every description closed.
    fn default() -> Self {
        Self {
            disclosures: FIRST_STEPS_OPEN,
            about: 0,
        }
    }
}

/// What the reader can open and close.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewAction {
    /// Open (`true`) or close part `index` of the plan.
    Disclose(u8, bool),
    /// Open or close requirement `index`'s description.
    ToggleAbout(usize),
}

impl Reducible for ViewState {
    type Action = ViewAction;

    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        let mut next = *self;
        match action {
            ViewAction::Disclose(index, true) => next.disclosures |= 1 << index,
            ViewAction::Disclose(index, false) => next.disclosures &= !(1 << index),
            ViewAction::ToggleAbout(index) => next.about ^= 1 << index,
        }
        Rc::new(next)
    }
}
