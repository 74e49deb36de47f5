//! "Why": what decided the answer, one line each, tagged with its side.

use crate::engine::knowledge::Lean;
use yew::prelude::*;

/// The reasons as a list (or a hint while there are none).
pub fn reason_list(why: &[(Lean, String)]) -> Html {
    if why.is_empty() {
        return html! {
            <p class="fa-reasons fa-muted" part="reasons">
                { "Reasons appear here as you switch on what your project needs." }
            </p>
        };
    }
    let items = why.iter().map(|(lean, text)| {
        let (side, tag) = match lean {
            Lean::Django => ("django", "Django"),
            Lean::FastApi => ("fastapi", "FastAPI"),
            Lean::Neutral => ("neutral", "Either"),
        };
        html! {
            <li class="fa-reason" data-lean={side}>
                <span class="fa-reason__tag" aria-hidden="true">{ tag }</span>
                <span class="fa-reason__text">{ text.clone() }</span>
            </li>
        }
    });
    html! { <ul class="fa-reasons" part="reasons">{ for items }</ul> }
}
