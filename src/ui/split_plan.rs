//! For a "use both" verdict: which parts of the system each framework runs.

use crate::engine::{parts_of, Split};
use yew::prelude::*;

/// Two columns: the parts Django runs and the parts a FastAPI service runs.
/// A plain view function: no state, no hooks.
pub fn split_plan(split: &Split) -> Html {
    let side = |framework: &'static str, title: &'static str, parts: Vec<&'static str>| {
        html! {
            <div class="fa-split__side" data-side={framework}>
                <p class="fa-split__title">{ title }</p>
                <ul class="fa-split__parts">
                    { for parts.into_iter().map(|part| html! { <li>{ part }</li> }) }
                </ul>
            </div>
        }
    };
    html! {
        <div class="fa-split">
            <h3 class="fa-subtitle">{ "How to split it" }</h3>
            <div class="fa-split__sides">
                { side("django", "Django runs", parts_of(split.django).collect()) }
                { side("fastapi", "A FastAPI service runs", parts_of(split.fastapi).collect()) }
            </div>
        </div>
    }
}
