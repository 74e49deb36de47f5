//! One requirement: a switch, its "why", and its importance once it is on.

use super::importance_picker;
use crate::engine::{knowledge::REQUIREMENTS, Importance};
use yew::prelude::*;

/// What a requirement's row reports: a switch flipped (its index), an
/// importance picked (its index and the level).
#[derive(Clone, PartialEq)]
pub struct RowCallbacks {
    /// Called with the requirement's index when its switch is flipped.
    pub on_toggle: Callback<usize>,
    /// Called with the index and the level the reader picks.
    pub on_pick: Callback<(usize, Importance)>,
}

/// Requirement `index` at `level` as a labelled switch (a native checkbox
/// with `role="switch"`). A plain view function: no state, no hooks.
pub fn requirement_row(index: usize, level: Importance, callbacks: &RowCallbacks) -> Html {
    let RowCallbacks { on_toggle, on_pick } = callbacks;
    let requirement = &REQUIREMENTS[index];
    let on = level != Importance::Off;
    let why_id = format!("fa-why-{}", requirement.id);
    let toggle = on_toggle.reform(move |_: Event| index);
    html! {
        <li
            key={requirement.id}
            class="fa-req"
            data-state={if on { "on" } else { "off" }}
            data-requirement={requirement.id}
        >
            <label class="fa-switch" part="toggle">
                <input
                    type="checkbox"
                    role="switch"
                    class="fa-switch__input"
                    checked={on}
                    aria-describedby={why_id.clone()}
                    onchange={toggle}
                />
                <span class="fa-switch__label">{ requirement.label }</span>
            </label>
            <p class="fa-req__why" id={why_id}>{ requirement.why }</p>
            if on {
                { importance_picker(index, level, &on_pick.reform(move |level| (index, level))) }
            }
        </li>
    }
}
