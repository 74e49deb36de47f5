//! Scenario buttons and Reset.

use crate::engine::{
    knowledge::{Preset, PRESETS},
    Selection,
};
use yew::prelude::*;

/// One button per scenario (pressed when `selection` matches it) and Reset.
/// A plain view function: no state, no hooks.
pub fn preset_bar(
    selection: Selection,
    on_preset: &Callback<&'static Preset>,
    on_reset: &Callback<()>,
) -> Html {
    let buttons = PRESETS
        .iter()
        .filter(|preset| !preset.selection.is_empty())
        .map(|preset| {
            let apply = on_preset.reform(move |_: MouseEvent| preset);
            let pressed = if selection == preset.selection {
                "true"
            } else {
                "false"
            };
            html! {
                <li>
                    <button type="button" class="fa-preset" aria-pressed={pressed} onclick={apply}>
                        <span class="fa-preset__title">{ preset.title }</span>
                        <span class="fa-preset__story">{ preset.story }</span>
                    </button>
                </li>
            }
        });
    let reset = on_reset.reform(|_: MouseEvent| ());
    html! {
        <nav class="fa-presets" aria-label="Example scenarios">
            <div class="fa-presets__head">
                <h2 class="fa-subtitle">{ "Start from a scenario" }</h2>
                <button type="button" class="fa-button" onclick={reset}>
                    { "Reset" }
                </button>
            </div>
            <ul class="fa-presets__list" role="list">{ for buttons }</ul>
        </nav>
    }
}
