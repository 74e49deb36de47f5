//! The chosen requirements ranked by how much they moved the result.

use crate::engine::{reason, Evaluation, Lean};
use yew::prelude::*;

/// Properties of [`ReasonList`].
#[derive(Properties, PartialEq)]
pub struct ReasonListProps {
    /// The evaluation whose contributions are listed.
    pub evaluation: Evaluation,
}

/// Ranked reasons, each marked with the side it pulls towards (in text, not
/// only colour).
#[component]
pub fn ReasonList(props: &ReasonListProps) -> Html {
    let contributions = props.evaluation.contributions();
    if contributions.is_empty() {
        return html! {
            <p class="fa-reasons fa-muted" part="reasons">
                { "Reasons appear here as you switch requirements on." }
            </p>
        };
    }
    let items = contributions.iter().map(|c| {
        let (class, tag) = match c.lean() {
            Lean::Django => ("is-django", "Django"),
            Lean::FastApi => ("is-fastapi", "FastAPI"),
            Lean::Neutral => ("is-neutral", "Either"),
        };
        html! {
            <li class={classes!("fa-reason", class)}>
                <span class="fa-reason__tag" aria-hidden="true">{ tag }</span>
                <span class="fa-reason__text">{ reason(c) }</span>
            </li>
        }
    });
    html! { <ol class="fa-reasons" part="reasons">{ for items }</ol> }
}
