//! The whole widget: header, scenarios, requirements, result and sharing.

use super::{
    verdict_line, Action, AdvisorState, CallToAction, Permalinks, PresetBar, RequirementGroup,
    ShareBar, Theme, ThemeSwitch, VerdictPanel,
};
use crate::engine::{Selection, GROUPS};
use yew::prelude::*;

/// Properties of [`App`]; the embedding edge parses its inputs into these.
/// Changing `initial` or `theme` later replaces the reader's selection or theme
/// (an embed's attributes changed).
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The selection to start from.
    #[prop_or_default]
    pub initial: Selection,
    /// The theme to start with.
    #[prop_or_default]
    pub theme: Theme,
    /// Where permalinks live, if anywhere.
    #[prop_or_default]
    pub permalinks: Permalinks,
    /// An optional call-to-action link under the verdict.
    #[prop_or_default]
    pub cta: Option<CallToAction>,
    /// Narrow layout for sidebars.
    #[prop_or_default]
    pub compact: bool,
    /// Called with the new state after every change of the selection, and
    /// once after mounting.
    #[prop_or_default]
    pub on_change: Callback<AdvisorState>,
    /// Called when the reader follows the call-to-action link.
    #[prop_or_default]
    pub on_cta: Callback<()>,
}

/// The Framework Advisor widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial;
    let state = use_reducer_eq(move || AdvisorState::new(initial));
    let theme = use_state_eq(|| props.theme);
    let dispatch = state.dispatcher();
    {
        let dispatch = dispatch.clone();
        use_effect_with(props.initial, move |initial| {
            dispatch.dispatch(Action::Replace(*initial));
        });
    }
    {
        let theme = theme.clone();
        use_effect_with(props.theme, move |picked| theme.set(*picked));
    }
    {
        let on_change = props.on_change.clone();
        let current = *state;
        use_effect_with(state.selection, move |_| on_change.emit(current));
    }
    let groups = (0..GROUPS.len()).map(|group| {
        html! {
            <>
                <RequirementGroup
                    key={group}
                    {group}
                    selection={state.selection}
                    dispatch={dispatch.clone()}
                />
                { verdict_line(&state.evaluation) }
            </>
        }
    });
    let pick_theme = {
        let theme = theme.clone();
        Callback::from(move |picked| theme.set(picked))
    };
    html! {
        <div
            class={classes!("fa-app", props.compact.then_some("is-compact"))}
            data-theme={theme.id()}
            lang="en"
        >
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
                <div class="fa-requirements">
                    { for groups }
                </div>
                <div class="fa-aside">
                    <VerdictPanel
                        state={*state}
                        dispatch={dispatch.clone()}
                        cta={props.cta.clone()}
                        on_cta={props.on_cta.clone()}
                    />
                    <ShareBar state={*state} permalinks={props.permalinks.clone()} />
                </div>
            </div>
        </div>
    }
}
