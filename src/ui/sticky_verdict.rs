//! On narrow screens the result panel sits below the requirements; this bar
//! keeps the verdict in sight while the reader toggles, and jumps to the
//! reasons. Hidden by CSS when the result panel is beside the requirements.

use crate::engine::{short_headline, Verdict};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Properties of [`StickyVerdict`].
#[derive(Properties, PartialEq)]
pub struct StickyVerdictProps {
    /// The verdict to show.
    pub verdict: Verdict,
}

/// Scrolls to the widget's result panel and moves focus there. Works inside a
/// shadow root because it searches from the clicked element, not the document.
fn show_result(event: MouseEvent) {
    let result = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|button| button.closest(".fa-app").ok().flatten())
        .and_then(|app| app.query_selector(".fa-result").ok().flatten())
        .and_then(|result| result.dyn_into::<HtmlElement>().ok());
    if let Some(result) = result {
        result.scroll_into_view();
        // Focus can only fail on a detached element.
        let _ = result.focus();
    }
}

/// A button at the bottom edge of the requirements column. The verdict it
/// shows is also announced by the result's status region, so it is no live
/// region itself.
#[function_component]
pub fn StickyVerdict(props: &StickyVerdictProps) -> Html {
    html! {
        <div class="fa-sticky-verdict">
            <button type="button" class="fa-sticky-verdict__button" onclick={show_result}>
                <span class="fa-sticky-verdict__headline">{ short_headline(&props.verdict) }</span>
                <span class="fa-sticky-verdict__more">{ "See why ↓" }</span>
            </button>
        </div>
    }
}
