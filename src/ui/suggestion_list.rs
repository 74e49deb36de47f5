//! "What would change it": at most two edits the reader can apply with one
//! click (a change to their choices, a need to add), or, where no edit
//! would, what kind of project it would take.

use super::keep_hyphens;
use crate::engine::scoring::Suggestion;
use crate::engine::words::SuggestionText;
use yew::prelude::*;

/// One button per verdict-changing edit, or the advice's note; `on_apply`
/// is called with the edit the reader picks. A plain view function: no
/// state, no hooks.
pub fn suggestion_list(
    changes: &[SuggestionText],
    note: Option<&'static str>,
    on_apply: &Callback<Suggestion>,
) -> Html {
    // Edits that lead to the same answer say it once, after them.
    let shared = match changes {
        [first, rest @ ..]
            if !rest.is_empty() && rest.iter().all(|s| s.outcome == first.outcome) =>
        {
            Some(first.outcome)
        }
        _ => None,
    };
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
                    <span>{ keep_hyphens(&s.edit) }</span>
                    if shared.is_none() {
                        <span class="fa-suggestion__result">
                            { "→ " }{ s.outcome }
                        </span>
                    }
                </button>
            </li>
        }
    };
    if changes.is_empty() && note.is_none() {
        return Html::default();
    }
    html! {
        <div class="fa-changes">
            <h3 class="fa-subtitle">{ "What would change it" }</h3>
            if let Some(note) = note {
                <p class="fa-changes__note">{ note }</p>
            }
            if !changes.is_empty() {
                <ul class="fa-changes__list" role="list">{ for changes.iter().map(button) }</ul>
            }
            if let Some(outcome) = shared {
                <p class="fa-changes__shared">
                    { "Either of these → " }<strong class="fa-changes__outcome">{ outcome }</strong>
                </p>
            }
        </div>
    }
}
