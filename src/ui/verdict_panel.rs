//! The result: verdict, clarity, reasons, gaps and what would change it.

use super::{
    call_to_action_link, clarity_meter, gap_list, plan_view, reason_list, split_plan,
    suggestion_list, AdvisorState, CallToAction, Disclosures,
};
use crate::engine::scoring::Suggestion;
use yew::prelude::*;

/// The result panel for `state`, with the host's call to action for its
/// verdict (`cta`, its link already carrying the project where the host
/// asked for that). The verdict lives in a `role="status"` region that is rendered
/// from the first paint, so screen readers announce each new verdict.
/// `on_cta` is called with the link the reader follows, `on_suggestion`
/// with the suggestion they apply, `on_disclose` when they open or close a
/// part of the plan (`open` says which are open); `meter_track` is the
/// clarity meter's track (see [`clarity_meter`]). A plain view function: no state, no hooks.
pub fn verdict_panel(
    state: &AdvisorState,
    meter_track: &NodeRef,
    cta: Option<&CallToAction>,
    on_cta: &Callback<CallToAction>,
    on_suggestion: &Callback<Suggestion>,
    (open, on_disclose): (Disclosures, &Callback<(u8, bool)>),
) -> Html {
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
        >
            <h3 class="fa-subtitle" id="fa-result-title">{ "Recommendation" }</h3>
            <div class="fa-verdict" role="status">
                <p class="fa-verdict__headline">{ advice.headline }</p>
                <p class="fa-verdict__detail">{ advice.detail.clone() }</p>
                <p class="fa-verdict__basis">{ advice.basis.clone() }</p>
            </div>
            if let Some(cta) = cta {
                { call_to_action_link(cta, on_cta) }
            }
            { clarity_meter(evaluation, advice.clarity, meter_track) }
            if let Some(split) = &advice.split {
                { split_plan(split) }
            }
            <h3 class="fa-subtitle">{ "Why" }</h3>
            { reason_list(&advice.why) }
            { gap_list(&advice.gaps) }
            { plan_view(advice, open, on_disclose) }
            { suggestion_list(&advice.changes, on_suggestion) }
        </section>
    }
}
