//! The result: verdict, clarity, reasons, gaps and what would change it.

use super::{
    gap_list, AdvisorState, CallToAction, CallToActionLink, CallsToAction, ClarityMeter,
    ReasonList, SplitPlan, SuggestionList,
};
use crate::engine::{detail, headline, Suggestion, Verdict};
use yew::prelude::*;

/// Properties of [`VerdictPanel`].
#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    /// The state to show.
    pub state: AdvisorState,
    /// Called with the suggestion the reader applies.
    pub on_suggestion: Callback<Suggestion>,
    /// The host's call-to-action links, by verdict.
    #[prop_or_default]
    pub cta: CallsToAction,
    /// Called with the call-to-action link the reader follows.
    #[prop_or_default]
    pub on_cta: Callback<CallToAction>,
}

/// The verdict lives in a `role="status"` region that is rendered from the
/// first paint, so screen readers announce each new verdict.
#[component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    let evaluation = &props.state.evaluation;
    html! {
        <section
            class="fa-result"
            data-verdict={evaluation.verdict.kind().id()}
            part="result"
            aria-labelledby="fa-result-title"
            tabindex="-1"
        >
            <h3 class="fa-subtitle" id="fa-result-title">{ "Recommendation" }</h3>
            <div class="fa-verdict" role="status">
                <p class="fa-verdict__headline">{ headline(evaluation) }</p>
                <p class="fa-verdict__detail">{ detail(evaluation) }</p>
            </div>
            if let Some(cta) = props.cta.for_verdict(evaluation.verdict.kind()).cloned() {
                <CallToActionLink {cta} on_click={props.on_cta.clone()} />
            }
            <ClarityMeter evaluation={*evaluation} />
            if let Verdict::Both(split) = evaluation.verdict {
                <SplitPlan {split} />
            }
            <h3 class="fa-subtitle">{ "Why" }</h3>
            <ReasonList evaluation={*evaluation} />
            { gap_list(&props.state.selection, evaluation) }
            <SuggestionList
                suggestions={props.state.suggestions}
                on_apply={props.on_suggestion.clone()}
            />
        </section>
    }
}
