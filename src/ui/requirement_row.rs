//! One requirement: a switch, its "why", and its importance once it is on.

use super::ImportancePicker;
use crate::engine::{Importance, REQUIREMENTS};
use yew::prelude::*;

/// Properties of [`RequirementRow`].
#[derive(Properties, PartialEq)]
pub struct RequirementRowProps {
    /// Index into the knowledge base's requirements.
    pub index: usize,
    /// Its current level.
    pub level: Importance,
    /// Called with `index` when the switch is flipped.
    pub on_toggle: Callback<usize>,
    /// Called with `index` and the importance picked for it.
    pub on_pick: Callback<(usize, Importance)>,
}

/// A requirement as a labelled switch (a native checkbox with `role="switch"`).
#[component]
pub fn RequirementRow(props: &RequirementRowProps) -> Html {
    let requirement = &REQUIREMENTS[props.index];
    let on = props.level != Importance::Off;
    let why_id = format!("fa-why-{}", requirement.id);
    let index = props.index;
    let toggle = props.on_toggle.reform(move |_: Event| index);
    html! {
        <li class={classes!("fa-req", on.then_some("is-on"))} data-requirement={requirement.id}>
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
                <ImportancePicker
                    {index}
                    level={props.level}
                    on_pick={props.on_pick.reform(move |level| (index, level))}
                />
            }
        </li>
    }
}
