//! The result: verdict, clarity, reasons, gaps and what would change it.

use super::{
    call_to_action_link, clarity_meter, plan_view, reason_list, split_plan, suggestion_list,
    AdvisorState, CallToAction, Disclosures,
};
use crate::engine::scoring::Suggestion;
use yew::prelude::*;

/// What the result panel shows and reports.
pub struct VerdictPanel<'a> {
    /// The state to show.
    pub state: &'a AdvisorState,
    /// The clarity meter's track (see [`clarity_meter`]).
    pub meter_track: &'a NodeRef,
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

/// The result panel. The verdict lives in a `role="status"` region that is
/// rendered from the first paint, so screen readers announce each new
/// verdict. A plain view function: no state, no hooks.
pub fn verdict_panel(panel: VerdictPanel) -> Html {
    let VerdictPanel {
        state,
        meter_track,
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
        >
            <h3 class="fa-subtitle" id="fa-result-title">{ "Recommendation" }</h3>
            <div class="fa-verdict" role="status">
                <p class="fa-verdict__headline">{ advice.headline }</p>
                <p class="fa-verdict__basis">{ advice.basis.clone() }</p>
            </div>
            if let Some(cta) = cta {
                { call_to_action_link(cta, on_cta) }
            }
            { clarity_meter(evaluation, meter_track) }
            if let Some(split) = &advice.split {
                { split_plan(split) }
            }
            <h3 class="fa-subtitle">{ "Why" }</h3>
            { reason_list(&advice.reasons) }
            { plan_view(advice, open, on_disclose) }
            { suggestion_list(&advice.changes, advice.change_note, on_suggestion) }
        </section>
    }
}
