//! "What would change the answer": edits the reader can apply with one click,
//! changes to their own choices first, then what else the project might need.

use crate::engine::scoring::Suggestion;
use crate::engine::words::SuggestionText;
use yew::prelude::*;

/// Two short lists of buttons, one per verdict-changing edit; `on_apply` is
/// called with the one the reader picks. A plain view function: no state, no
/// hooks.
pub fn suggestion_list(changes: &[SuggestionText], on_apply: &Callback<Suggestion>) -> Html {
    let button = |s: &SuggestionText| {
        let chosen = s.suggestion;
        let apply = on_apply.reform(move |_: MouseEvent| chosen);
        html! {
            <li>
                <button
                    type="button"
                    class="fa-suggestion"
                    data-verdict={chosen.verdict.id()}
                    data-grade={if chosen.firm { "firm" } else { "lean" }}
                    onclick={apply}
                >
                    <span>{ s.edit.clone() }</span>
                    <span class="fa-suggestion__result">
                        { "→ " }{ s.outcome }
                    </span>
                </button>
            </li>
        }
    };
    let has_changes = changes.iter().any(|s| !s.addition);
    let has_additions = changes.iter().any(|s| s.addition);
    let additions: Html = changes.iter().filter(|s| s.addition).map(button).collect();
    let changes: Html = changes.iter().filter(|s| !s.addition).map(button).collect();
    html! {
        <div class="fa-changes">
            <h3 class="fa-subtitle">{ "What would change the answer" }</h3>
            if has_changes {
                <ul class="fa-changes__list" role="list">{ changes }</ul>
            } else {
                <p class="fa-muted">{ "No single change to your choices would give a different answer." }</p>
            }
            if has_additions {
                <p class="fa-changes__title">{ "Added to the project" }</p>
                <ul class="fa-changes__list" role="list">{ additions }</ul>
            }
        </div>
    }
}
