//! The one measure of how clear the answer is: a Django ↔ FastAPI track whose
//! marker sits as far from the middle as the answer is clear, with the clarity
//! in words beside it.

use super::hooks::use_css_variable;
use crate::engine::{clarity_text, Evaluation, Verdict};
use yew::prelude::*;

/// Properties of [`ClarityMeter`].
#[derive(Properties, PartialEq)]
pub struct ClarityMeterProps {
    /// The evaluation whose clarity is shown.
    pub evaluation: Evaluation,
}

/// A signed permille as the decimal CSS wants (`-640` → `-0.640`), without
/// pulling float formatting into the wasm.
pub fn permille_css_value(permille: i16) -> String {
    let sign = if permille < 0 { "-" } else { "" };
    let magnitude = permille.unsigned_abs();
    format!("{sign}{}.{:03}", magnitude / 1000, magnitude % 1000)
}

/// The marker's position is set through the CSSOM (`--fa-lean`, −1 to 1), not
/// a `style` attribute, so a strict `style-src` policy does not block it. For
/// "use both" the marker is hidden and both ends are highlighted instead.
#[component]
pub fn ClarityMeter(props: &ClarityMeterProps) -> Html {
    let track = use_node_ref();
    let lean = permille_css_value(props.evaluation.score_permille());
    use_css_variable(&track, "--fa-lean", lean);
    let text = clarity_text(&props.evaluation);
    let track_class = match props.evaluation.verdict {
        Verdict::Both(_) => "fa-meter__track is-both",
        Verdict::NoClearWinner(_) if props.evaluation.clarity == 0 => "fa-meter__track is-empty",
        _ => "fa-meter__track",
    };
    html! {
        <div class="fa-meter" part="meter">
            <div class="fa-meter__ends" aria-hidden="true">
                <span>{ "Django" }</span>
                <span>{ "FastAPI" }</span>
            </div>
            <div class={track_class} ref={track} aria-hidden="true">
                <span class="fa-meter__marker"></span>
            </div>
            <p class="fa-meter__text">{ text }</p>
        </div>
    }
}
