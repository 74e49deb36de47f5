//! "What would change the answer": edits the reader can apply with one click,
//! changes to their own choices first, then what else the project might need.

use crate::engine::{suggestion, verdict_short, Suggestion, Suggestions};
use yew::prelude::*;

/// Properties of [`SuggestionList`].
#[derive(Properties, PartialEq)]
pub struct SuggestionListProps {
    /// The suggestions to offer.
    pub suggestions: Suggestions,
    /// Called with the suggestion the reader applies.
    pub on_apply: Callback<Suggestion>,
}

/// Two short lists of buttons, one per verdict-changing edit.
#[component]
pub fn SuggestionList(props: &SuggestionListProps) -> Html {
    let button = |s: &Suggestion| {
        let chosen = *s;
        let apply = props.on_apply.reform(move |_: MouseEvent| chosen);
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
    };
    let changes: Html = props.suggestions.changes().map(button).collect();
    let additions: Html = props.suggestions.additions().map(button).collect();
    let has_changes = props.suggestions.changes().next().is_some();
    let has_additions = props.suggestions.additions().next().is_some();
    html! {
        <div class="fa-changes">
            <h3 class="fa-subtitle">{ "What would change the answer" }</h3>
            if has_changes {
                <ul class="fa-changes__list" role="list">{ changes }</ul>
            } else {
                <p class="fa-muted">{ "No single change to your choices would give a different answer." }</p>
            }
            if has_additions {
                <p class="fa-changes__title">{ "If the project also needed…" }</p>
                <ul class="fa-changes__list" role="list">{ additions }</ul>
            }
        </div>
    }
}
