//! "Covering the gaps": what the recommended framework lacks of what the
//! reader needs, and how projects usually add it.

use crate::engine::{gap_text, gaps, Evaluation, Selection};
use yew::prelude::*;

/// The gaps of the recommended framework, or nothing when there are none.
/// A plain view function: it holds no state and uses no hooks.
pub fn gap_list(selection: &Selection, evaluation: &Evaluation) -> Html {
    let gaps = gaps(selection, evaluation);
    if gaps.is_empty() {
        return Html::default();
    }
    html! {
        <div class="fa-gaps">
            <h3 class="fa-subtitle">{ "Covering the gaps" }</h3>
            <ul class="fa-gaps__list">
                { for gaps.into_iter().map(|i| html! { <li>{ gap_text(i) }</li> }) }
            </ul>
        </div>
    }
}
