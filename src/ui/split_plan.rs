//! For a "use both" verdict, what runs where: two services now, or, for a
//! lean, one Django project now, with the part that may leave it named once.

use super::keep_hyphens;
use yew::prelude::*;

/// One side of the split: a title and what it runs.
fn side(framework: &'static str, title: &'static str, parts: Html) -> Html {
    html! {
        <div class="fa-split__side" data-side={framework}>
            <p class="fa-split__title">{ title }</p>
            <ul class="fa-split__parts">{ parts }</ul>
        </div>
    }
}

/// The parts as list items.
fn items<'a>(parts: impl Iterator<Item = &'a &'static str>) -> Html {
    parts
        .map(|part| html! { <li>{ keep_hyphens(part) }</li> })
        .collect()
}

/// When `firm`, what Django runs beside what a FastAPI service runs; else
/// the one Django project now, the FastAPI part kept behind an interface of
/// its own, and that part moving to a service later. A plain view function: no state,
/// no hooks.
pub fn split_plan((django, fastapi): &(Vec<&'static str>, Vec<&'static str>), firm: bool) -> Html {
    let (title, sides) = if firm {
        (
            "How to split it",
            html! {
                <>
                    { side("django", "Django runs", items(django.iter())) }
                    { side("fastapi", "A FastAPI service runs", items(fastapi.iter())) }
                </>
            },
        )
    } else {
        let moves: Html = fastapi
            .iter()
            .map(|part| html! { <li>{ keep_hyphens(part) }{ " moves to a FastAPI service" }</li> })
            .collect();
        let kept_apart: Html = fastapi
            .iter()
            .map(|part| html! { <li>{ keep_hyphens(part) }{ ", behind an interface of its own" }</li> })
            .collect();
        (
            "Now, and later",
            html! {
                <>
                    { side("django", "Now: one Django project", html! {
                        <>{ items(django.iter()) }{ kept_apart }</>
                    }) }
                    { side("fastapi", "Later, if needed", moves) }
                </>
            },
        )
    };
    html! {
        <div class="fa-split" data-grade={if firm { "firm" } else { "lean" }}>
            <h3 class="fa-subtitle">{ title }</h3>
            <div class="fa-split__sides">{ sides }</div>
        </div>
    }
}
