//! The result: the answer with its copy actions, then why, what would
//! change it and the plan.

use super::{
    call_to_action_link, keep_hyphens, plan_view, reason_list, split_plan, suggestion_list,
    AdvisorState, CallToAction, Disclosures,
};
use crate::engine::scoring::Suggestion;
use yew::prelude::*;

/// What the result panel shows and reports.
pub struct VerdictPanel<'a> {
    /// The state to show.
    pub state: &'a AdvisorState,
    /// The result element, for the app to scroll to.
    pub result: &'a NodeRef,
    /// The copy actions, shown with the answer.
    pub share: Html,
    /// The host's call to action for this verdict, its link already carrying
    /// the project where the host asked for that.
    pub cta: Option<&'a CallToAction>,
    /// Called with the link the reader follows.
    pub on_cta: &'a Callback<CallToAction>,
    /// Called with the suggestion the reader applies.
    pub on_suggestion: &'a Callback<Suggestion>,
    /// Which parts of the plan are open.
    pub open: Disclosures,
    /// Called when the reader opens or closes a part of the plan.
    pub on_disclose: &'a Callback<(u8, bool)>,
}

/// The result panel. The answer (headline, what it rests on, the copy
/// actions) comes first, and stays in view beside a long form; the verdict
/// lives in a `role="status"` region rendered from the first paint, so
/// screen readers announce each new verdict. A plain view function: no
/// state, no hooks.
pub fn verdict_panel(panel: VerdictPanel) -> Html {
    let VerdictPanel {
        state,
        result,
        share,
        cta,
        on_cta,
        on_suggestion,
        open,
        on_disclose,
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
            <div class="fa-answer">
                <h2 class="fa-visually-hidden" id="fa-result-title">{ "Recommendation" }</h2>
                <div class="fa-verdict" role="status">
                    <p class="fa-verdict__headline">{ advice.headline }</p>
                    <p class="fa-verdict__basis">{ keep_hyphens(&advice.basis) }</p>
                </div>
                if let Some(cta) = cta {
                    { call_to_action_link(cta, on_cta) }
                }
                { share }
            </div>
            if let Some(split) = &advice.split {
                { split_plan(split, evaluation.is_firm()) }
            }
            if !advice.reasons.is_empty() {
                <h3 class="fa-subtitle">{ "Why" }</h3>
            }
            { reason_list(&advice.reasons) }
            { suggestion_list(&advice.changes, advice.change_note, on_suggestion) }
            { plan_view(advice, open, on_disclose) }
        </section>
    }
}
