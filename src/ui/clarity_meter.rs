//! A left (Django) to right (FastAPI) meter with a text equivalent.

use crate::engine::Evaluation;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Properties of [`LeanMeter`].
#[derive(Properties, PartialEq)]
pub struct LeanMeterProps {
    /// The evaluation whose lean and confidence are shown.
    pub evaluation: Evaluation,
}

/// How the lean reads in words: "Leans 64% towards Django".
pub fn lean_text(evaluation: &Evaluation) -> String {
    let lean = i32::from(evaluation.lean_permille);
    let percent = (lean.abs() + 5) / 10;
    match lean {
        0 if evaluation.django_points == 0 => "No lean yet".to_string(),
        -4..=4 => "Evenly balanced".to_string(),
        l if l < 0 => format!("Leans {percent}% towards Django"),
        _ => format!("Leans {percent}% towards FastAPI"),
    }
}

/// A permille lean as the decimal CSS wants (`-640` → `-0.640`), without
/// pulling float formatting into the wasm.
pub fn lean_css_value(permille: i16) -> String {
    let sign = if permille < 0 { "-" } else { "" };
    let magnitude = permille.unsigned_abs();
    format!("{sign}{}.{:03}", magnitude / 1000, magnitude % 1000)
}

/// The marker's position is set through the CSSOM (`--fa-lean`, −1 to 1), not
/// a `style` attribute, so a strict `style-src` policy does not block it.
#[function_component]
pub fn LeanMeter(props: &LeanMeterProps) -> Html {
    let track = use_node_ref();
    let lean = props.evaluation.lean_permille;
    {
        let track = track.clone();
        use_effect_with(lean, move |lean| {
            if let Some(element) = track.cast::<HtmlElement>() {
                // Setting a custom property cannot fail on a live element.
                let _ = element
                    .style()
                    .set_property("--fa-lean", &lean_css_value(*lean));
            }
        });
    }
    let text = lean_text(&props.evaluation);
    let confidence = props.evaluation.confidence;
    html! {
        <div class="fa-meter" part="meter">
            <div class="fa-meter__ends" aria-hidden="true">
                <span>{ "Django" }</span>
                <span>{ "FastAPI" }</span>
            </div>
            <div
                class={classes!("fa-meter__track", (props.evaluation.django_points
                    + props.evaluation.fastapi_points == 0).then_some("is-empty"))}
                ref={track}
                role="img"
                aria-label={text.clone()}
            >
                <span class="fa-meter__marker"></span>
            </div>
            <p class="fa-meter__text">
                { text }
                if confidence > 0 {
                    { " · confidence " }{ confidence }{ "%" }
                }
            </p>
        </div>
    }
}
