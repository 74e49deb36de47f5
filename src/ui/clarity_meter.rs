//! The one measure of how clear the answer is: a Django ↔ FastAPI track whose
//! marker sits as far from the middle as the answer is clear, with the clarity
//! in words beside it.

use crate::engine::scoring::{Evaluation, Verdict};
use yew::prelude::*;

/// A signed permille as the decimal CSS wants (`-640` → `-0.640`), without
/// pulling float formatting into the wasm.
pub fn permille_css_value(permille: i16) -> String {
    let sign = if permille < 0 { "-" } else { "" };
    let magnitude = permille.unsigned_abs();
    format!("{sign}{}.{:03}", magnitude / 1000, magnitude % 1000)
}

/// The meter for `evaluation`. The marker's position is not in the markup:
/// [`App`](super::App) sets it through the CSSOM on the element behind
/// `track` (`--fa-lean`, −1 to 1, see [`permille_css_value`]), not a `style`
/// attribute, so a strict `style-src` policy does not block it. For "use
/// both" the marker is hidden and both ends are highlighted instead. A plain
/// view function: no state, no hooks.
pub fn clarity_meter(evaluation: &Evaluation, track: &NodeRef) -> Html {
    let track_state = match evaluation.verdict {
        Verdict::Both(_) => "both",
        Verdict::NoClearWinner(_) if evaluation.clarity == 0 => "empty",
        _ => "lean",
    };
    html! {
        <div class="fa-meter" part="meter">
            <div class="fa-meter__ends" aria-hidden="true">
                <span>{ "Django" }</span>
                <span>{ "FastAPI" }</span>
            </div>
            <div
                class="fa-meter__track"
                data-state={track_state}
                ref={track.clone()}
                aria-hidden="true"
            >
                <span class="fa-meter__marker"></span>
            </div>
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::permille_css_value;

    #[test]
    fn meter_position_is_written_as_a_css_decimal() {
        assert_eq!(permille_css_value(0), "0.000");
        assert_eq!(permille_css_value(-640), "-0.640");
        assert_eq!(permille_css_value(5), "0.005");
        assert_eq!(permille_css_value(1000), "1.000");
        assert_eq!(permille_css_value(-1000), "-1.000");
    }
}
