//! "Why": what decided the answer, one line each, tagged with its side.

use super::keep_hyphens;
use crate::engine::knowledge::Side;
use yew::prelude::*;

/// The reasons as a list; nothing while there are none. Each is tagged
/// with its side only when the reasons speak for more than one (else the
/// headline names it, and a tag on every line is noise).
pub fn reason_list(why: &[(Option<Side>, String)]) -> Html {
    let Some((first, _)) = why.first() else {
        return Html::default();
    };
    let mixed = why.iter().any(|(side, _)| side != first);
    let items = why.iter().map(|(side, text)| {
        let (side, tag) = side.map_or(("neutral", "Either"), |side| (side.id(), side.name()));
        html! {
            <li class="fa-reason" data-lean={side}>
                if mixed {
                    <span class="fa-reason__tag" aria-hidden="true">{ tag }</span>
                }
                <span class="fa-reason__text">{ keep_hyphens(text) }</span>
            </li>
        }
    });
    html! { <ul class="fa-reasons" part="reasons">{ for items }</ul> }
}
