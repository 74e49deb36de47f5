//! An empty Yew app: one component, one paragraph. It sets the same
//! `advisor-interactive` performance mark as the widget after mounting.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[function_component]
fn Empty() -> Html {
    html! { <p>{ "Yew floor" }</p> }
}

/// Mounts the empty app into `<body>` and marks the moment.
#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<Empty>::new().render();
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("advisor-interactive");
    }
}
