//! The whole widget: header, scenarios, requirements, result and sharing.

use super::{
    AdvisorState, PresetBar, RequirementGroup, ShareBar, Theme, ThemeSwitch, VerdictPanel,
};
use crate::engine::{Selection, GROUPS};
use yew::prelude::*;

/// Properties of [`App`]; the embedding edge parses its inputs into these.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The selection to start from.
    #[prop_or_default]
    pub initial: Selection,
    /// The theme to start with.
    #[prop_or_default]
    pub theme: Theme,
    /// The page's URL without its fragment, for permalinks.
    #[prop_or_default]
    pub page_url: AttrValue,
    /// Called after every change of the selection (and once after mounting).
    #[prop_or_default]
    pub on_change: Callback<Selection>,
}

/// The Framework Advisor widget.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial;
    let state = use_reducer_eq(move || AdvisorState::new(initial));
    let theme = use_state_eq(|| props.theme);
    {
        let on_change = props.on_change.clone();
        use_effect_with(state.selection, move |selection| on_change.emit(*selection));
    }
    let dispatch = state.dispatcher();
    let groups = (0..GROUPS.len()).map(|group| {
        html! {
            <RequirementGroup
                key={group}
                {group}
                selection={state.selection}
                dispatch={dispatch.clone()}
            />
        }
    });
    let pick_theme = {
        let theme = theme.clone();
        Callback::from(move |picked| theme.set(picked))
    };
    html! {
        <div class="fa-app" data-theme={theme.as_str()} lang="en">
            <header class="fa-header">
                <div>
                    <h2 class="fa-title">{ "Django or FastAPI?" }</h2>
                    <p class="fa-lede">
                        { "Switch on what your project needs. The answer updates as you go, \
                           computed in your browser." }
                    </p>
                </div>
                <ThemeSwitch theme={*theme} on_pick={pick_theme} />
            </header>
            <PresetBar selection={state.selection} dispatch={dispatch.clone()} />
            <div class="fa-layout">
                <div class="fa-requirements">{ for groups }</div>
                <div class="fa-aside">
                    <VerdictPanel state={*state} dispatch={dispatch.clone()} />
                    <ShareBar state={*state} page_url={props.page_url.clone()} />
                </div>
            </div>
        </div>
    }
}
