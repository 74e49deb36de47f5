//! The chosen requirements ranked by how much they moved the result.

use crate::engine::{reason, Evaluation, Lean};
use yew::prelude::*;

/// The reasons as an ordered list (or a hint while there are none).
/// A plain view function: no state, no hooks.
pub fn reason_list(evaluation: &Evaluation) -> Html {
    let contributions = evaluation.contributions();
    if contributions.is_empty() {
        return html! {
            <p class="fa-reasons fa-muted" part="reasons">
                { "Reasons appear here as you switch requirements on." }
            </p>
        };
    }
    let items = contributions.iter().map(|c| {
        let (lean, tag) = match c.lean() {
            Lean::Django => ("django", "Django"),
            Lean::FastApi => ("fastapi", "FastAPI"),
            Lean::Neutral => ("neutral", "Either"),
        };
        html! {
            <li class="fa-reason" data-lean={lean}>
                <span class="fa-reason__tag" aria-hidden="true">{ tag }</span>
                <span class="fa-reason__text">{ reason(c) }</span>
            </li>
        }
    });
    html! { <ol class="fa-reasons" part="reasons">{ for items }</ol> }
}
