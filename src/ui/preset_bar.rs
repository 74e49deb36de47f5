//! Scenario buttons and Reset.

use crate::engine::{Preset, Selection, PRESETS};
use yew::prelude::*;

/// Properties of [`PresetBar`].
#[derive(Properties, PartialEq)]
pub struct PresetBarProps {
    /// The current selection, to mark the scenario it matches.
    pub selection: Selection,
    /// Called with the scenario the reader picks.
    pub on_preset: Callback<&'static Preset>,
    /// Called when the reader presses Reset.
    pub on_reset: Callback<()>,
}

/// One button per scenario (pressed when the selection matches it) and Reset.
#[component]
pub fn PresetBar(props: &PresetBarProps) -> Html {
    let buttons = PRESETS
        .iter()
        .filter(|preset| !preset.selection.is_empty())
        .map(|preset| {
            let apply = props.on_preset.reform(move |_: MouseEvent| preset);
            let pressed = if props.selection == preset.selection {
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
    let reset = props.on_reset.reform(|_: MouseEvent| ());
    html! {
        <nav class="fa-presets" aria-label="Example scenarios">
            <div class="fa-presets__head">
                <h3 class="fa-subtitle">{ "Start from a scenario" }</h3>
                <button type="button" class="fa-button fa-button--quiet" onclick={reset}>
                    { "Reset" }
                </button>
            </div>
            <ul class="fa-presets__list" role="list">{ for buttons }</ul>
        </nav>
    }
}
