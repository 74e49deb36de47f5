//! For a "use both" verdict: which parts of the system each framework runs.

use yew::prelude::*;

/// Two columns: the parts Django runs and the parts a FastAPI service runs.
/// A plain view function: no state, no hooks.
pub fn split_plan((django, fastapi): &(Vec<&'static str>, Vec<&'static str>)) -> Html {
    let side = |framework: &'static str, title: &'static str, parts: &[&'static str]| {
        html! {
            <div class="fa-split__side" data-side={framework}>
                <p class="fa-split__title">{ title }</p>
                <ul class="fa-split__parts">
                    { for parts.iter().map(|part| html! { <li>{ *part }</li> }) }
                </ul>
            </div>
        }
    };
    html! {
        <div class="fa-split">
            <h3 class="fa-subtitle">{ "How to split it" }</h3>
            <div class="fa-split__sides">
                { side("django", "Django runs", django) }
                { side("fastapi", "A FastAPI service runs", fastapi) }
            </div>
        </div>
    }
}
