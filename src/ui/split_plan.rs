//! For a "use both" verdict: which parts of the system each framework runs.

use crate::engine::{parts_of, Split};
use yew::prelude::*;

/// Properties of [`SplitPlan`].
#[derive(Properties, PartialEq)]
pub struct SplitPlanProps {
    /// The split the engine proposed.
    pub split: Split,
}

/// Two short lists: what Django runs, what the FastAPI service runs.
#[component]
pub fn SplitPlan(props: &SplitPlanProps) -> Html {
    let side = |class: &'static str, title: &'static str, parts: Vec<&'static str>| {
        html! {
            <div class={classes!("fa-split__side", class)}>
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
                { side("is-django", "Django runs", parts_of(props.split.django).collect()) }
                { side("is-fastapi", "A FastAPI service runs", parts_of(props.split.fastapi).collect()) }
            </div>
        </div>
    }
}
