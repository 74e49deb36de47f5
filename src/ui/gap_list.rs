//! "Covering the gaps": what the recommended framework lacks of what the
//! reader needs, and how projects usually add it.

use yew::prelude::*;

/// The gaps of the recommended framework, or nothing when there are none.
pub fn gap_list(gaps: &[String]) -> Html {
    if gaps.is_empty() {
        return Html::default();
    }
    html! {
        <div class="fa-gaps">
            <h3 class="fa-subtitle">{ "Covering the gaps" }</h3>
            <ul class="fa-gaps__list">
                { for gaps.iter().map(|gap| html! { <li>{ gap }</li> }) }
            </ul>
        </div>
    }
}
