//! The nice / important / must-have choice for a requirement that is on.

use crate::engine::{importance_label, Importance, REQUIREMENTS};
use yew::prelude::*;

/// Properties of [`ImportancePicker`].
#[derive(Properties, PartialEq)]
pub struct ImportancePickerProps {
    /// Index into the knowledge base's requirements.
    pub index: usize,
    /// Its current level (never off while the picker is shown).
    pub level: Importance,
    /// Called with the level the reader picks.
    pub on_pick: Callback<Importance>,
}

/// A native radio group, so arrow keys move between levels.
#[component]
pub fn ImportancePicker(props: &ImportancePickerProps) -> Html {
    let requirement = &REQUIREMENTS[props.index];
    let name = format!("fa-importance-{}", requirement.id);
    let options = Importance::ON_LEVELS.into_iter().map(|level| {
        let choose = props.on_pick.reform(move |_: Event| level);
        html! {
            <label class="fa-importance__option">
                <input
                    type="radio"
                    name={name.clone()}
                    checked={props.level == level}
                    onchange={choose}
                />
                <span>{ importance_label(level) }</span>
            </label>
        }
    });
    html! {
        <fieldset class="fa-importance">
            <legend class="fa-visually-hidden">
                { "How much “" }{ requirement.label }{ "” matters" }
            </legend>
            { for options }
        </fieldset>
    }
}
