//! One requirement: a switch, its "why", and its importance once it is on.

use super::{Action, AdvisorState, ImportancePicker};
use crate::engine::{Importance, REQUIREMENTS};
use yew::prelude::*;

/// Properties of [`RequirementRow`].
#[derive(Properties, PartialEq)]
pub struct RequirementRowProps {
    /// Index into the knowledge base's requirements.
    pub index: usize,
    /// Its current level.
    pub level: Importance,
    /// Where the row sends the reader's actions.
    pub dispatch: UseReducerDispatcher<AdvisorState>,
}

/// A requirement as a labelled switch (a native checkbox with `role="switch"`).
#[component]
pub fn RequirementRow(props: &RequirementRowProps) -> Html {
    let requirement = &REQUIREMENTS[props.index];
    let on = props.level != Importance::Off;
    let why_id = format!("fa-why-{}", requirement.id);
    let toggle = {
        let dispatch = props.dispatch.clone();
        let index = props.index;
        Callback::from(move |_: Event| dispatch.dispatch(Action::Toggle(index)))
    };
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
                    index={props.index}
                    level={props.level}
                    dispatch={props.dispatch.clone()}
                />
            }
        </li>
    }
}
