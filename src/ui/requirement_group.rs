//! A heading with the requirements under it.

use super::{AdvisorState, RequirementRow};
use crate::engine::{requirements_in, Selection, GROUPS};
use yew::prelude::*;

/// Properties of [`RequirementGroup`].
#[derive(Properties, PartialEq)]
pub struct RequirementGroupProps {
    /// Index into the knowledge base's groups.
    pub group: usize,
    /// The current selection.
    pub selection: Selection,
    /// Where the rows send the reader's actions.
    pub dispatch: UseReducerDispatcher<AdvisorState>,
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
                dispatch={props.dispatch.clone()}
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
