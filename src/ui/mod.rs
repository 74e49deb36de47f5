//! The widget's views, one per file. [`App`] is the one component: it holds
//! every piece of state and every effect (the [`AdvisorState`] reducer, the
//! open disclosures, the clipboard outcome, scrolling to the result), with
//! the reusable effects written as hooks in [`hooks`]. Everything else is a
//! plain view function (`fn(…) -> Html`): no state and no hooks, so no
//! component machinery per piece (a smaller wasm), and each gets only the
//! data and callbacks it needs. The engine is called only from
//! [`AdvisorState`] (its constructor computes every text the views show; its
//! `summary_markdown` makes the copied record on demand): the views read
//! results and static tables, and no component builds a URL: links arrive
//! ready from the embedding edge. Every `class` is a literal; what changes with
//! the data (a requirement switched on, a reason's side, the compact layout)
//! is a `data-*` attribute the stylesheet selects on, so Yew's run-time
//! class-list parsing stays out of the wasm (1.3 KB brotli).

mod answer_bar;
mod app;
mod call_to_action;
pub mod hooks;
mod importance_picker;
mod plan_view;
mod preset_bar;
mod reason_list;
mod requirement_group;
mod requirement_row;
mod share_bar;
mod split_plan;
mod state;
mod suggestion_list;
mod theme;
mod verdict_panel;

pub use answer_bar::answer_bar;
pub use app::{App, AppProps};
pub use call_to_action::{call_to_action_link, CallToAction, CallsToAction};
pub use importance_picker::importance_picker;
pub use plan_view::{plan_view, Disclosures, PlanSection, FIRST_STEPS_OPEN};
pub use preset_bar::preset_bar;
pub use reason_list::reason_list;
pub use requirement_group::requirement_group;
pub use requirement_row::{requirement_row, RowCallbacks};
pub use share_bar::share_bar;
pub use split_plan::split_plan;
pub use state::{Action, AdvisorState, ViewAction, ViewState};
pub use suggestion_list::suggestion_list;
pub use theme::Theme;
pub use verdict_panel::{verdict_panel, VerdictPanel};

use yew::prelude::*;

/// `text` with every hyphenated word ("sign-in", "must-have") kept on one
/// line: a line may break at spaces but not at a hyphen. The words are
/// wrapped, not rewritten, so what assistive technology, voice control and
/// copying get is the plain text. For words on screen only.
pub fn keep_hyphens(text: &str) -> Html {
    if !text.contains('-') {
        return html! { { text.to_string() } };
    }
    let mut pieces = Vec::new();
    let mut plain = String::new();
    for (n, word) in text.split(' ').enumerate() {
        if n > 0 {
            plain.push(' ');
        }
        if word.len() > 2 && word.trim_matches('-').contains('-') {
            pieces.push(html! { { std::mem::take(&mut plain) } });
            pieces.push(html! { <span class="fa-word">{ word.to_string() }</span> });
        } else {
            plain.push_str(word);
        }
    }
    pieces.push(html! { { plain } });
    pieces.into_iter().collect()
}
