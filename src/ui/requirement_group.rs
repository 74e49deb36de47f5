//! A heading with the requirements under it.

use super::{requirement_row, RowCallbacks};
use crate::engine::{
    knowledge::{requirements_in, GROUPS},
    Selection,
};
use yew::prelude::*;

/// Group `group` of the knowledge base as a fieldset, its rows showing
/// `selection`, with the descriptions whose bits are set in `about` open;
/// the callbacks go to every row. A plain view function: no state, no hooks.
pub fn requirement_group(
    group: usize,
    selection: Selection,
    about: u32,
    callbacks: &RowCallbacks,
) -> Html {
    let rows = requirements_in(group).map(|(index, _)| {
        let open = about & (1 << index) != 0;
        requirement_row(index, selection.get(index), open, callbacks)
    });
    html! {
        <fieldset class="fa-group">
            <legend class="fa-group__title">{ GROUPS[group].title }</legend>
            <ul class="fa-group__list" role="list">{ for rows }</ul>
        </fieldset>
    }
}
