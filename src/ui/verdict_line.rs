//! On narrow layouts the result panel sits below the requirements. A short
//! line after each requirement group keeps the current verdict in sight while
//! the reader toggles: it sticks to the bottom of the window while its group
//! is in view. It is one line, shorter than any requirement row, so it never
//! hides a focused control whole (WCAG 2.4.11), and rows scroll clear of it
//! when they take focus. Hidden by CSS when the result panel is beside the
//! requirements.

use crate::engine::words::Advice;
use yew::prelude::*;

/// The verdict so far, in a few words. A plain view function: no state, no
/// hooks. Hidden from assistive technology, which hears every new verdict
/// once through the result's status region instead of once per group.
pub fn verdict_line(advice: &Advice) -> Html {
    let evaluation = &advice.evaluation;
    html! {
        <p
            class="fa-verdict-line"
            aria-hidden="true"
            data-verdict={evaluation.verdict.kind().id()}
            data-grade={evaluation.grade().id()}
        >
            <span class="fa-verdict-line__label">{ "So far: " }</span>
            <strong>{ advice.short_headline }</strong>
        </p>
    }
}
