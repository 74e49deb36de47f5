//! For a "use both" verdict, what runs where: two services now, or, for a
//! lean, one Django project now and the service it may become.

use yew::prelude::*;

/// Two columns: what Django runs and what a FastAPI service runs when the
/// split is `firm`; else the one Django project now and the service later.
/// A plain view function: no state, no hooks.
pub fn split_plan((django, fastapi): &(Vec<&'static str>, Vec<&'static str>), firm: bool) -> Html {
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
    let (title, now, later) = if firm {
        ("How to split it", "Django runs", "A FastAPI service runs")
    } else {
        (
            "Now, and later",
            "Now: one Django project",
            "Later, if needed: a FastAPI service for",
        )
    };
    let everything: Vec<&'static str> = if firm {
        django.clone()
    } else {
        django.iter().chain(fastapi).copied().collect()
    };
    html! {
        <div class="fa-split" data-grade={if firm { "firm" } else { "lean" }}>
            <h3 class="fa-subtitle">{ title }</h3>
            <div class="fa-split__sides">
                { side("django", now, &everything) }
                { side("fastapi", later, fastapi) }
            </div>
        </div>
    }
}
