//! The whole widget: scenarios, requirements, the answer and sharing.

use super::{
    answer_bar, hooks::use_clipboard, keep_hyphens, plan_view, preset_bar, requirement_group,
    share_bar, verdict_panel, Action, AdvisorState, CallToAction, CallsToAction, PlanSection,
    RowCallbacks, Theme, VerdictPanel, ViewAction, ViewState,
};
use crate::engine::{
    knowledge::{Preset, GROUPS},
    scoring::Suggestion,
    Selection,
};
use std::{cell::Cell, rc::Rc};
use web_sys::HtmlElement;
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
    /// The host's theme (the `theme` attribute).
    #[prop_or_default]
    pub theme: Theme,
    /// The disclosures open to start with (an element attached again).
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
    /// Hides the scenario bar (the host page offers its own starting points).
    #[prop_or_default]
    pub no_scenarios: bool,
    /// Narrow layout for sidebars.
    #[prop_or_default]
    pub compact: bool,
    /// Brings the widget into view after its first render (a link that
    /// carries a state), at its answer where the answer sits below the form
    /// (a phone). Read once.
    #[prop_or_default]
    pub open_here: bool,
    /// Called with the new state after every change of the selection, and
    /// once after mounting.
    #[prop_or_default]
    pub on_change: Callback<AdvisorState>,
    /// Called with the call-to-action link the reader follows.
    #[prop_or_default]
    pub on_cta: Callback<CallToAction>,
    /// Called with the open disclosures whenever they change, and once
    /// after mounting.
    #[prop_or_default]
    pub on_view: Callback<ViewState>,
}

/// What the views may ask of the reducers, one callback per kind of action;
/// made once.
struct Handlers {
    rows: RowCallbacks,
    on_preset: Callback<&'static Preset>,
    on_reset: Callback<()>,
    on_suggestion: Callback<Suggestion>,
    on_disclose: Callback<(u8, bool)>,
}

impl Handlers {
    /// `land` is set when a scenario is picked: its answer is then brought
    /// into view.
    fn new(
        dispatch: UseReducerDispatcher<AdvisorState>,
        view: UseReducerDispatcher<ViewState>,
        land: Rc<Cell<bool>>,
    ) -> Self {
        let act = Callback::from(move |action| dispatch.dispatch(action));
        let pick = act.clone();
        let see = Callback::from(move |action| view.dispatch(action));
        Self {
            rows: RowCallbacks {
                on_toggle: act.reform(Action::Toggle),
                on_pick: act.reform(|(index, level)| Action::SetImportance(index, level)),
                on_about: see.reform(ViewAction::ToggleAbout),
            },
            on_preset: Callback::from(move |preset| {
                land.set(true);
                pick.emit(Action::ApplyPreset(preset));
            }),
            on_reset: act.reform(|()| Action::Reset),
            on_suggestion: act.reform(Action::ApplySuggestion),
            on_disclose: see.reform(|(index, open)| ViewAction::Disclose(index, open)),
        }
    }
}

/// Brings a part of the result (the answer card, the plan) into view: its
/// top at the top of the window, or, with `only_if_hidden`, only when its
/// top is below the window (a phone, where it sits under the form). `focus`
/// moves keyboard focus to it as well.
fn show_result(result: &NodeRef, only_if_hidden: bool, focus: bool) {
    let Some(element) = result.cast::<HtmlElement>() else {
        return;
    };
    let below = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .is_some_and(|height| element.get_bounding_client_rect().top() > height * 0.6);
    if !only_if_hidden || below {
        element.scroll_into_view();
    }
    if focus {
        // Focusing an element with tabindex="-1" cannot fail.
        let _ = element.focus();
    }
}

/// The Framework Advisor widget: the one component, holding all the state
/// and effects; every piece inside is a plain view function.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial;
    let state = use_reducer_eq(move || AdvisorState::new(initial));
    let view = use_reducer_eq(|| props.view);
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
    let result = use_node_ref();
    let app = use_node_ref();
    // Set when the reader picks a scenario: its answer is brought into view.
    let land = use_memo((), |()| Rc::new(Cell::new(false)));
    {
        // On every new selection: tell the edge, clear the copy outcome
        // (it no longer describes the state on screen), and after a
        // scenario bring the answer into view on a phone.
        let on_change = props.on_change.clone();
        let reset_clipboard = clipboard.reset.clone();
        let current = (*state).clone();
        let land = (*land).clone();
        let result = result.clone();
        use_effect_with(state.selection, move |_| {
            on_change.emit(current);
            reset_clipboard.emit(());
            if land.replace(false) {
                show_result(&result, true, false);
            }
        });
    }
    {
        // A link that carries a state opens here: the widget's top, or on a
        // phone its answer, so the reader sees what the link says and no
        // bar stands over the form's controls.
        let open_here = props.open_here;
        let app = app.clone();
        let result = result.clone();
        use_effect_with((), move |()| {
            if open_here {
                if let Some(app) = app.cast::<HtmlElement>() {
                    app.scroll_into_view();
                }
                show_result(&result, true, false);
            }
        });
    }
    let on_show_result = {
        let result = result.clone();
        Callback::from(move |()| show_result(&result, false, true))
    };
    let plan = use_node_ref();
    let on_show_plan = {
        let plan = plan.clone();
        Callback::from(move |()| show_result(&plan, false, true))
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
    let handlers = {
        let view = view.dispatcher();
        let land = (*land).clone();
        use_memo((), move |()| Handlers::new(dispatch, view, land))
    };
    let groups = (0..GROUPS.len())
        .map(|group| requirement_group(group, state.selection, view.about, &handlers.rows));
    html! {
        <div
            class="fa-app"
            ref={app}
            data-layout={if props.compact { "compact" } else { "full" }}
            data-theme={props.theme.id()}
            lang="en"
        >
            if !props.no_scenarios {
                { preset_bar(state.selection, &handlers.on_preset, &handlers.on_reset) }
            }
            <div class="fa-layout">
                <div class="fa-requirements">
                    <p class="fa-hint">
                        { keep_hyphens("Switch on what your project needs, then say how much \
                                        each one matters: nice-to-have, important or must-have.") }
                    </p>
                    { for groups }
                    { answer_bar(&state.advice, &on_show_result) }
                </div>
                <div class="fa-aside">
                    { verdict_panel(VerdictPanel {
                        state: &state,
                        result: &result,
                        // Nothing to share before anything is chosen.
                        share: if state.advice.plan.is_some() {
                            share_bar(&state, props.permalink.as_ref(), &clipboard)
                        } else {
                            Html::default()
                        },
                        cta: cta.as_ref(),
                        on_cta: &props.on_cta,
                        on_suggestion: &handlers.on_suggestion,
                        on_show_plan: state.advice.plan.is_some().then_some(&on_show_plan),
                    }) }
                </div>
                { plan_view(PlanSection {
                    advice: &state.advice,
                    section: &plan,
                    open: view.disclosures,
                    on_disclose: &handlers.on_disclose,
                }) }
            </div>
        </div>
    }
}
