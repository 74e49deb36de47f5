//! The nice / important / must-have choice for a requirement that is on.

use crate::engine::{knowledge::REQUIREMENTS, words::importance_label, Importance};
use yew::prelude::*;

/// A native radio group for requirement `index` at `level` (never off while
/// shown), so arrow keys move between levels; `on_pick` is called with the
/// level the reader picks. A plain view function: no state, no hooks.
pub fn importance_picker(index: usize, level: Importance, on_pick: &Callback<Importance>) -> Html {
    let requirement = &REQUIREMENTS[index];
    let name = format!("fa-importance-{}", requirement.id);
    let options = Importance::ON_LEVELS.into_iter().map(|option| {
        let choose = on_pick.reform(move |_: Event| option);
        html! {
            <label class="fa-importance__option">
                <input
                    type="radio"
                    name={name.clone()}
                    checked={level == option}
                    onchange={choose}
                />
                <span>{ importance_label(option) }</span>
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
