//! "What would change the answer": edits the reader can apply with one click.

use super::{Action, AdvisorState};
use crate::engine::{suggestion, verdict_short, Suggestions};
use yew::prelude::*;

/// Properties of [`SuggestionList`].
#[derive(Properties, PartialEq)]
pub struct SuggestionListProps {
    /// The suggestions to offer.
    pub suggestions: Suggestions,
    /// Where a chosen suggestion is sent.
    pub dispatch: UseReducerDispatcher<AdvisorState>,
}

/// A list of buttons, one per verdict-changing edit.
#[function_component]
pub fn SuggestionList(props: &SuggestionListProps) -> Html {
    let items = props.suggestions.iter().map(|s| {
        let dispatch = props.dispatch.clone();
        let chosen = *s;
        let apply = Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::ApplySuggestion(chosen));
        });
        html! {
            <li>
                <button type="button" class="fa-suggestion" onclick={apply}>
                    <span>{ suggestion(s) }</span>
                    <span class="fa-suggestion__result">
                        { "→ " }{ verdict_short(s.verdict) }
                    </span>
                </button>
            </li>
        }
    });
    html! {
        <div class="fa-changes">
            <h3 class="fa-subtitle">{ "What would change the answer" }</h3>
            if props.suggestions.is_empty() {
                <p class="fa-muted">{ "No single change would flip this answer." }</p>
            } else {
                <ul class="fa-changes__list" role="list">{ for items }</ul>
            }
        </div>
    }
}
