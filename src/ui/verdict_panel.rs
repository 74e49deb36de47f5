//! The answer card: the verdict, what it rests on, why, what would change
//! it, and the copy actions, read together in one place.

use super::{
    call_to_action_link, keep_hyphens, reason_list, suggestion_list, AdvisorState, CallToAction,
};
use crate::engine::scoring::Suggestion;
use crate::engine::words::{grade_label, title};
use yew::prelude::*;

/// What the answer card shows and reports.
pub struct VerdictPanel<'a> {
    /// The state to show.
    pub state: &'a AdvisorState,
    /// The card's element, for the app to scroll to.
    pub result: &'a NodeRef,
    /// The copy actions, under the verdict.
    pub share: Html,
    /// The host's call to action for this verdict, its link already carrying
    /// the project where the host asked for that.
    pub cta: Option<&'a CallToAction>,
    /// Called with the link the reader follows.
    pub on_cta: &'a Callback<CallToAction>,
    /// Called with the suggestion the reader applies.
    pub on_suggestion: &'a Callback<Suggestion>,
    /// Called when the reader asks for the plan; `None` while there is none.
    pub on_show_plan: Option<&'a Callback<()>>,
}

/// The answer card, whole in the window beside a long form (it stays at its
/// top while the reader works down the list). The verdict lives in a
/// `role="status"` region rendered from the first paint, so screen readers
/// announce each new verdict. A plain view function: no state, no hooks.
pub fn verdict_panel(panel: VerdictPanel) -> Html {
    let VerdictPanel {
        state,
        result,
        share,
        cta,
        on_cta,
        on_suggestion,
        on_show_plan,
    } = panel;
    let evaluation = &state.advice.evaluation;
    let advice = &state.advice;
    html! {
        <section
            class="fa-result"
            data-verdict={evaluation.verdict.kind().id()}
            data-grade={evaluation.grade().id()}
            part="result"
            aria-labelledby="fa-result-title"
            tabindex="-1"
            ref={result.clone()}
        >
            <h2 class="fa-visually-hidden" id="fa-result-title">{ "Recommendation" }</h2>
            <div class="fa-verdict" role="status">
                <p class="fa-verdict__grade">
                    { grade_label(evaluation.grade()).unwrap_or_default() }
                </p>
                <p class="fa-verdict__headline">{ title(evaluation) }</p>
                <p class="fa-verdict__basis">{ keep_hyphens(&advice.basis) }</p>
            </div>
            if !advice.reasons.is_empty() {
                <h3 class="fa-subtitle">{ "Why" }</h3>
            }
            { reason_list(&advice.reasons) }
            // After the answer and its reasons, read as one; before what
            // would change it, so they stay in view beside a long form.
            { share }
            { suggestion_list(&advice.changes, advice.change_note, on_suggestion) }
            if let Some(cta) = cta {
                { call_to_action_link(cta, on_cta) }
            }
            if let Some(on_show_plan) = on_show_plan {
                <button
                    type="button"
                    class="fa-button fa-button--quiet fa-result__to-plan"
                    onclick={on_show_plan.reform(|_: MouseEvent| ())}
                >
                    { "Where to start: the plan" }<span aria-hidden="true">{ " ↓" }</span>
                </button>
            }
        </section>
    }
}
