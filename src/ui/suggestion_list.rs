//! "What would change the answer": edits the reader can apply with one click,
//! changes to their own choices first, then what else the project might need.

use crate::engine::{outcome, suggestion, Suggestion, Suggestions};
use yew::prelude::*;

/// Two short lists of buttons, one per verdict-changing edit; `on_apply` is
/// called with the one the reader picks. A plain view function: no state, no
/// hooks.
pub fn suggestion_list(suggestions: &Suggestions, on_apply: &Callback<Suggestion>) -> Html {
    let button = |s: &Suggestion| {
        let chosen = *s;
        let apply = on_apply.reform(move |_: MouseEvent| chosen);
        html! {
            <li>
                <button type="button" class="fa-suggestion" onclick={apply}>
                    <span>{ suggestion(s) }</span>
                    <span class="fa-suggestion__result">
                        { "→ " }{ outcome(s.verdict, s.firm) }
                    </span>
                </button>
            </li>
        }
    };
    let changes: Html = suggestions.changes().map(button).collect();
    let additions: Html = suggestions.additions().map(button).collect();
    let has_changes = suggestions.changes().next().is_some();
    let has_additions = suggestions.additions().next().is_some();
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
