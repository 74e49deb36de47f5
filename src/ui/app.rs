//! The whole widget: header, scenarios, requirements, result and sharing.

use super::{
    hooks::{use_clipboard, use_css_variable},
    permille_css_value, preset_bar, requirement_group, share_bar, theme_switch, verdict_line,
    verdict_panel, Action, AdvisorState, CallToAction, CallsToAction, RowCallbacks, Theme,
    VerdictPanel, ViewState,
};
use crate::engine::{
    knowledge::{Preset, GROUPS},
    scoring::Suggestion,
    Selection,
};
use yew::prelude::*;

/// Properties of [`App`]; the embedding edge parses its inputs into these.
/// Changing `initial` or `theme` later replaces the reader's selection or theme
/// (an embed's attributes changed).
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The selection to start from.
    #[prop_or_default]
    pub initial: Selection,
    /// Bumped by the edge to apply `initial` again even when it is unchanged
    /// (the element's `reset()` and `requirements` setter).
    #[prop_or_default]
    pub revision: u32,
    /// The host's theme (the `theme` attribute); the reader's pick replaces it
    /// until the host sets another.
    #[prop_or_default]
    pub theme: Theme,
    /// The reader's theme pick and open disclosures to start with (an
    /// element attached again).
    #[prop_or_default]
    pub view: ViewState,
    /// Returns the link that restores a selection (made by the embedding
    /// edge); `None` when the widget keeps no state in the page URL.
    #[prop_or_default]
    pub permalink: Option<Callback<Selection, AttrValue>>,
    /// The host's call-to-action links under the verdict, by verdict.
    #[prop_or_default]
    pub cta: CallsToAction,
    /// Rewrites a call-to-action link to carry the reader's selection (made
    /// by the embedding edge); `None` leaves the links as the host gave them.
    #[prop_or_default]
    pub cta_link: Option<Callback<(AttrValue, Selection), AttrValue>>,
    /// Hides the theme switch (the host page sets the theme).
    #[prop_or_default]
    pub no_theme_switch: bool,
    /// Hides the scenario bar (the host page offers its own starting points).
    #[prop_or_default]
    pub no_scenarios: bool,
    /// Narrow layout for sidebars.
    #[prop_or_default]
    pub compact: bool,
    /// Called with the new state after every change of the selection, and
    /// once after mounting.
    #[prop_or_default]
    pub on_change: Callback<AdvisorState>,
    /// Called with the call-to-action link the reader follows.
    #[prop_or_default]
    pub on_cta: Callback<CallToAction>,
    /// Called with the reader's theme pick and open disclosures whenever
    /// they change, and once after mounting.
    #[prop_or_default]
    pub on_view: Callback<ViewState>,
}

/// What the views may ask of the reducer, one callback per kind of action.
struct Handlers {
    rows: RowCallbacks,
    on_preset: Callback<&'static Preset>,
    on_reset: Callback<()>,
    on_suggestion: Callback<Suggestion>,
}

impl Handlers {
    fn new(dispatch: UseReducerDispatcher<AdvisorState>) -> Self {
        let act = Callback::from(move |action| dispatch.dispatch(action));
        Self {
            rows: RowCallbacks {
                on_toggle: act.reform(Action::Toggle),
                on_pick: act.reform(|(index, level)| Action::SetImportance(index, level)),
            },
            on_preset: act.reform(Action::ApplyPreset),
            on_reset: act.reform(|()| Action::Reset),
            on_suggestion: act.reform(Action::ApplySuggestion),
        }
    }
}

/// The Framework Advisor widget: the one component, holding all the state
/// and effects; every piece inside is a plain view function.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial;
    let state = use_reducer_eq(move || AdvisorState::new(initial));
    let view = use_state_eq(|| props.view);
    let theme = view.theme(props.theme);
    let dispatch = state.dispatcher();
    {
        // The reducer starts from `initial`; only a later change of it (or of
        // `revision`) replaces the selection, so a click that lands before
        // this effect first runs is kept.
        let dispatch = dispatch.clone();
        let applied = use_mut_ref(|| (props.initial, props.revision));
        use_effect_with((props.initial, props.revision), move |given| {
            if *applied.borrow() != *given {
                *applied.borrow_mut() = *given;
                dispatch.dispatch(Action::Replace(given.0));
            }
        });
    }
    {
        let on_view = props.on_view.clone();
        use_effect_with(*view, move |view| on_view.emit(*view));
    }
    // The share bar's last copy outcome.
    let clipboard = use_clipboard();
    {
        // On every new selection: tell the edge, and clear the copy outcome,
        // which no longer describes the state on screen.
        let on_change = props.on_change.clone();
        let reset_clipboard = clipboard.reset.clone();
        let current = (*state).clone();
        use_effect_with(state.selection, move |_| {
            on_change.emit(current);
            reset_clipboard.emit(());
        });
    }
    // The clarity meter's marker position (see `clarity_meter`).
    let meter_track = use_node_ref();
    use_css_variable(
        &meter_track,
        "--fa-lean",
        permille_css_value(state.advice.evaluation.score_permille()),
    );
    // Which parts of the plan the reader opened.
    let on_disclose = {
        let view = view.clone();
        Callback::from(move |(index, open): (u8, bool)| {
            let bit = 1 << index;
            let disclosures = if open {
                view.disclosures | bit
            } else {
                view.disclosures & !bit
            };
            view.set(ViewState {
                disclosures,
                ..*view
            });
        })
    };
    let cta = props
        .cta
        .for_verdict(state.advice.evaluation.verdict.kind())
        .map(|cta| match &props.cta_link {
            Some(link) => CallToAction {
                href: link.emit((cta.href.clone(), state.selection)),
                label: cta.label.clone(),
            },
            None => cta.clone(),
        });
    let handlers = Handlers::new(dispatch);
    let groups = (0..GROUPS.len()).map(|group| {
        // The verdict line sticks to the bottom of the window while its
        // group is in view (narrow layouts), so every switch shows its effect.
        html! {
            <div class="fa-group-block">
                { requirement_group(group, state.selection, &handlers.rows) }
                { verdict_line(&state.advice) }
            </div>
        }
    });
    let pick_theme = {
        let view = view.clone();
        let host = props.theme;
        Callback::from(move |picked| {
            view.set(ViewState {
                theme: Some((picked, host)),
                ..*view
            })
        })
    };
    html! {
        <div
            class="fa-app"
            data-layout={if props.compact { "compact" } else { "full" }}
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
                if !props.no_theme_switch {
                    { theme_switch(theme, &pick_theme) }
                }
            </header>
            if !props.no_scenarios {
                { preset_bar(state.selection, &handlers.on_preset, &handlers.on_reset) }
            }
            <div class="fa-layout">
                <div class="fa-requirements">
                    { for groups }
                </div>
                <div class="fa-aside">
                    { verdict_panel(VerdictPanel {
                        state: &state,
                        meter_track: &meter_track,
                        cta: cta.as_ref(),
                        on_cta: &props.on_cta,
                        on_suggestion: &handlers.on_suggestion,
                        open: view.disclosures,
                        on_disclose: &on_disclose,
                    }) }
                    { share_bar(&state, props.permalink.as_ref(), &clipboard) }
                </div>
            </div>
        </div>
    }
}
