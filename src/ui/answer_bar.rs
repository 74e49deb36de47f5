//! On narrow layouts the result sits below the requirements. One bar keeps
//! the answer in view while the reader works the form: it sticks to the
//! bottom of the window while the requirements are in view and settles
//! above the result. It is one line, shorter than any requirement row, so it
//! never hides a focused control whole (WCAG 2.4.11), and rows scroll clear
//! of it when they take focus. Hidden by CSS when the result is beside the
//! requirements.

use crate::engine::words::Advice;
use yew::prelude::*;

/// The answer in a few words and a way to the whole result; `on_show` is
/// called when the reader asks for it. The words are hidden from assistive
/// technology, which hears every new verdict once through the result's
/// status region. A plain view function: no state, no hooks.
pub fn answer_bar(advice: &Advice, on_show: &Callback<()>) -> Html {
    let evaluation = &advice.evaluation;
    let show = on_show.reform(|_: MouseEvent| ());
    html! {
        <div
            class="fa-answer-bar"
            data-verdict={evaluation.verdict.kind().id()}
            data-grade={evaluation.grade().id()}
        >
            <p class="fa-answer-bar__verdict" aria-hidden="true">{ advice.short_headline }</p>
            <button type="button" class="fa-button fa-answer-bar__show" onclick={show}>
                { "Details" }
            </button>
        </div>
    }
}
