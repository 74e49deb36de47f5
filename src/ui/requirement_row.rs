//! One requirement: its label and switch on one line, what it means behind
//! a small disclosure, and its importance once it is on.

use super::{importance_picker, keep_hyphens};
use crate::engine::{knowledge::REQUIREMENTS, Importance};
use yew::prelude::*;

/// What a requirement's row reports: a switch flipped (its index), an
/// importance picked (its index and the level), its description opened or
/// closed (its index).
#[derive(Clone, PartialEq)]
pub struct RowCallbacks {
    /// Called with the requirement's index when its switch is flipped.
    pub on_toggle: Callback<usize>,
    /// Called with the index and the level the reader picks.
    pub on_pick: Callback<(usize, Importance)>,
    /// Called with the index when the reader opens or closes what it means.
    pub on_about: Callback<usize>,
}

/// Requirement `index` at `level` as a labelled switch (a native checkbox
/// with `role="switch"`), its description shown while `about` is true. A
/// plain view function: no state, no hooks.
pub fn requirement_row(
    index: usize,
    level: Importance,
    about: bool,
    callbacks: &RowCallbacks,
) -> Html {
    let RowCallbacks {
        on_toggle,
        on_pick,
        on_about,
    } = callbacks;
    let requirement = &REQUIREMENTS[index];
    let on = level != Importance::Off;
    let input_id = format!("fa-switch-{}", requirement.id);
    let why_id = format!("fa-why-{}", requirement.id);
    let toggle = on_toggle.reform(move |_: Event| index);
    let show_about = on_about.reform(move |_: MouseEvent| index);
    html! {
        <li
            key={requirement.id}
            class="fa-req"
            data-state={if on { "on" } else { "off" }}
            data-requirement={requirement.id}
        >
            <div class="fa-req__head">
                <label class="fa-req__label" for={input_id.clone()} part="toggle">
                    { keep_hyphens(requirement.label) }
                </label>
                <button
                    type="button"
                    class="fa-req__about"
                    aria-expanded={if about { "true" } else { "false" }}
                    aria-controls={about.then(|| why_id.clone())}
                    onclick={show_about}
                >
                    <span aria-hidden="true">{ "i" }</span>
                    <span class="fa-visually-hidden">{ "What “" }{ requirement.label }{ "” means" }</span>
                </button>
                <input
                    id={input_id}
                    type="checkbox"
                    role="switch"
                    class="fa-switch__input"
                    checked={on}
                    aria-describedby={about.then(|| why_id.clone())}
                    onchange={toggle}
                />
            </div>
            if about {
                <p class="fa-req__why" id={why_id}>{ keep_hyphens(requirement.why) }</p>
            }
            if on {
                { importance_picker(index, level, &on_pick.reform(move |level| (index, level))) }
            }
        </li>
    }
}
