//! A heading with the requirements under it.

use super::RequirementRow;
use crate::engine::{requirements_in, Importance, Selection, GROUPS};
use yew::prelude::*;

/// Properties of [`RequirementGroup`].
#[derive(Properties, PartialEq)]
pub struct RequirementGroupProps {
    /// Index into the knowledge base's groups.
    pub group: usize,
    /// The current selection.
    pub selection: Selection,
    /// Called with a requirement's index when its switch is flipped.
    pub on_toggle: Callback<usize>,
    /// Called with a requirement's index and the importance picked for it.
    pub on_pick: Callback<(usize, Importance)>,
}

/// One group of requirements as a fieldset.
#[component]
pub fn RequirementGroup(props: &RequirementGroupProps) -> Html {
    let rows = requirements_in(props.group).map(|(index, requirement)| {
        html! {
            <RequirementRow
                key={requirement.id}
                {index}
                level={props.selection.get(index)}
                on_toggle={props.on_toggle.clone()}
                on_pick={props.on_pick.clone()}
            />
        }
    });
    html! {
        <fieldset class="fa-group">
            <legend class="fa-group__title">{ GROUPS[props.group].title }</legend>
            <ul class="fa-group__list" role="list">{ for rows }</ul>
        </fieldset>
    }
}
