//! The Rust side of the `<framework-advisor>` custom element. The loader
//! (`src/embed/loader.js`) defines the element, gives each one an open
//! shadow root, and calls [`mount_element`] once the single wasm instance is
//! ready; [`Widget::refresh`] on attribute changes; [`Widget::unmount`] when
//! the element leaves the page. [`Widget::state`], [`Widget::set_requirements`]
//! and [`Widget::reset`] back the element's properties and methods.

use super::crash::{register_root, unregister_root};
use super::url::{link_maker, selection_in_page_url, write_to_page_url};
use super::UrlSync;
use super::{dispatch, mark_interactive, parse_attributes, set, warn, AttributeError, EmbedConfig};
use crate::engine::{
    codec::{decode, encode},
    knowledge::{Members as _, REQUIREMENTS},
    scoring::{RequirementSet, Verdict},
    Selection,
};
use crate::ui::{AdvisorState, App, AppProps, CallToAction, ViewState};
use js_sys::{Array, Object};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::{AppHandle, AttrValue, Callback};

/// One mounted element: its Yew app and what it was configured with.
#[cfg_attr(feature = "element", wasm_bindgen)]
pub struct Widget {
    app: Option<AppHandle<App>>,
    root: Element,
    host: HtmlElement,
    config: EmbedConfig,
    /// The selection the app is told to show.
    initial: Selection,
    /// The disclosures open to start with.
    view: ViewState,
    warned: Vec<AttributeError>,
    /// Bumped to apply `initial` again (the `requirements` property, `reset()`).
    revision: u32,
    /// The latest state, once the app has reported one. Its being set also
    /// means `advisor-ready` went out: every later state is a change. Kept
    /// across attribute changes, which rebuild the callbacks.
    latest: Rc<RefCell<Option<AdvisorState>>>,
    /// A selection applied but not yet rendered: what the properties read
    /// until the app reports it, so they are consistent right after a write.
    pending: Rc<Cell<Option<Selection>>>,
    /// The open disclosures, as the app last reported them.
    latest_view: Rc<Cell<ViewState>>,
    /// True when a link that carries a state started it: the app opens at
    /// the widget (on a phone, at its answer).
    opens_here: bool,
}

/// The text that carries an element's state across a detach: the selection
/// in the compact form, the open plan disclosures, the open descriptions and
/// the start its attributes described (`admin!,orm|3|16|api`). Made by
/// [`Widget::unmount`], read by [`mount_element`]; the page only holds it.
fn snapshot(selection: &Selection, view: ViewState, start: &Selection) -> String {
    format!(
        "{}|{}|{}|{}",
        encode(selection),
        view.disclosures,
        view.about,
        encode(start)
    )
}

/// What a [`snapshot`] describes: the selection, the view, and the start
/// the attributes described when it was taken.
fn resume(text: &str) -> (Selection, ViewState, Selection) {
    let mut parts = text.split('|');
    let selection = decode(parts.next().unwrap_or_default()).selection;
    let mut number = || {
        parts
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_default()
    };
    let view = ViewState {
        disclosures: number() as u8,
        about: number(),
    };
    let start = decode(parts.next().unwrap_or_default()).selection;
    (selection, view, start)
}

/// A selection as `{ id: level }`, as the `requirements` property gives it.
fn requirements_object(selection: &Selection) -> Object {
    let requirements = Object::new();
    for (index, level) in selection.chosen() {
        set(&requirements, REQUIREMENTS[index].id, level.id());
    }
    requirements
}

/// The `detail` of `advisor-ready` and `advisor-change` events.
fn event_detail(state: &AdvisorState) -> Object {
    let detail = Object::new();
    let evaluation = &state.advice.evaluation;
    set(&detail, "verdict", evaluation.verdict.kind().id());
    set(&detail, "clarity", evaluation.clarity);
    set(&detail, "firm", evaluation.is_firm());
    set(
        &detail,
        "score",
        f64::from(evaluation.score_permille()) / 1000.0,
    );
    // Kept for integrators of the first release: the same figure as `clarity`.
    set(&detail, "confidence", evaluation.clarity);
    set(
        &detail,
        "requirements",
        requirements_object(&state.selection),
    );
    let stack: Array = state
        .advice
        .plan
        .iter()
        .flat_map(|plan| plan.packages())
        .map(|package| JsValue::from_str(package.name))
        .collect();
    set(&detail, "stack", stack);
    if let Verdict::Both(split) = evaluation.verdict {
        let ids = |set: RequirementSet| {
            set.iter()
                .map(|i| JsValue::from_str(REQUIREMENTS[i].id))
                .collect::<Array>()
        };
        let parts = Object::new();
        set(&parts, "django", ids(split.django));
        set(&parts, "fastapi", ids(split.fastapi));
        set(&detail, "split", parts);
    }
    detail
}

impl Widget {
    /// Shows `selection`, replacing the reader's.
    fn apply(&mut self, selection: Selection) {
        self.initial = selection;
        self.pending.set(Some(selection));
        self.revision = self.revision.wrapping_add(1);
        self.update();
    }

    /// Renders the app again with the current configuration.
    fn update(&mut self) {
        let props = self.props();
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }

    /// Logs the attribute problems not logged before for this element.
    fn warn_once(&mut self, problems: Vec<AttributeError>) {
        for problem in problems {
            if !self.warned.contains(&problem) {
                warn(&problem.to_string());
                self.warned.push(problem);
            }
        }
    }

    fn props(&self) -> AppProps {
        let host = self.host.clone();
        let sync = self.config.sync.clone();
        let latest = self.latest.clone();
        let pending = self.pending.clone();
        let on_change = Callback::from(move |state: AdvisorState| {
            pending.set(None);
            let detail = event_detail(&state);
            let selection = state.selection;
            if latest.replace(Some(state)).is_some() {
                if let Some(sync) = &sync {
                    write_to_page_url(sync, &selection);
                }
                dispatch(&host, "advisor-change", &detail);
            } else {
                dispatch(&host, "advisor-ready", &detail);
            }
        });
        let host = self.host.clone();
        let latest = self.latest.clone();
        let on_cta = Callback::from(move |cta: CallToAction| {
            let detail = Object::new();
            set(&detail, "href", cta.href.as_str());
            set(&detail, "label", cta.label.as_str());
            if let Some(state) = latest.borrow().as_ref() {
                set(
                    &detail,
                    "verdict",
                    state.advice.evaluation.verdict.kind().id(),
                );
                set(
                    &detail,
                    "requirements",
                    requirements_object(&state.selection),
                );
            }
            dispatch(&host, "advisor-cta-click", &detail);
        });
        let latest_view = self.latest_view.clone();
        let on_view = Callback::from(move |view| latest_view.set(view));
        AppProps {
            initial: self.initial,
            revision: self.revision,
            theme: self.config.theme,
            view: self.view,
            permalink: self.config.sync.clone().map(link_maker),
            cta: self.config.cta.clone(),
            cta_link: self.config.cta_project.clone().map(|key| {
                let sync = UrlSync::Query(key);
                Callback::from(move |(href, selection): (AttrValue, Selection)| {
                    sync.link(&href, &selection).into()
                })
            }),
            compact: self.config.compact,
            no_scenarios: self.config.no_scenarios,
            open_here: self.opens_here,
            on_change,
            on_cta,
            on_view,
        }
    }
}

/// The selection the text form of `requirements` describes (the loader
/// turns the property's object form into it), warning once about entries
/// it skipped.
fn selection_from_text(text: &str) -> Selection {
    let decoded = decode(text);
    if !decoded.skipped.is_empty() {
        warn(&format!(
            "<framework-advisor>: requirements: ignored unknown entries: {}",
            decoded.skipped_summary()
        ));
    }
    decoded.selection
}

/// Mounts a widget into `root` (inside the element's shadow root), configured
/// by `host`'s attributes. `requirements` is the text form of a value given
/// to the element's `requirements` property while it was not running;
/// `resumed` what [`Widget::unmount`] returned when the same element was
/// detached. The selection comes from the first of them, then the page URL
/// (with `sync-url`), then the attributes.
#[cfg_attr(feature = "element", wasm_bindgen(js_name = mount))]
pub fn mount_element(
    root: Element,
    host: HtmlElement,
    requirements: Option<String>,
    resumed: Option<String>,
) -> Widget {
    let (config, problems) = parse_attributes(|name| host.get_attribute(name));
    // Attributes that describe a new start while it was away win over the
    // selection it left with: the latest write is what it shows.
    let (resumed, view) = resumed
        .as_deref()
        .map(resume)
        .map_or((None, ViewState::default()), |(selection, view, start)| {
            ((start == config.initial).then_some(selection), view)
        });
    let linked = match (&requirements, resumed) {
        (None, None) => config.sync.as_ref().and_then(selection_in_page_url),
        _ => None,
    };
    let chosen = match requirements {
        Some(text) => Some(selection_from_text(&text)),
        None => resumed.or(linked),
    };
    register_root(&root, Some(&host));
    let mut widget = Widget {
        app: None,
        root: root.clone(),
        initial: chosen.unwrap_or(config.initial),
        view,
        host,
        config,
        warned: Vec::new(),
        revision: 0,
        latest: Rc::new(RefCell::new(None)),
        pending: Rc::new(Cell::new(None)),
        latest_view: Rc::new(Cell::new(view)),
        opens_here: linked.is_some(),
    };
    widget.warn_once(problems);
    let props = widget.props();
    widget.app = Some(yew::Renderer::<App>::with_root_and_props(root, props).render());
    mark_interactive();
    widget
}

#[cfg_attr(feature = "element", wasm_bindgen)]
impl Widget {
    /// Re-reads the attributes and applies what changed, live.
    pub fn refresh(&mut self) {
        // Debug builds only: lets the tests check what a panic looks like.
        #[cfg(debug_assertions)]
        if self.host.has_attribute("data-debug-panic") {
            panic!("panic requested by the data-debug-panic attribute");
        }
        let (config, problems) = parse_attributes(|name| self.host.get_attribute(name));
        self.warn_once(problems);
        let restart = config.initial != self.config.initial;
        self.config = config;
        if restart {
            // A new revision even when the app was last given the same
            // selection (by the property): the reader's edits since then go.
            self.apply(self.config.initial);
        } else {
            self.update();
        }
    }

    /// The current state as a plain object (`verdict`, `clarity`, `firm`,
    /// `score`, `requirements`, `stack`, and `split` for "use both"), the same as the
    /// events' `detail`; `null` until the widget has rendered once.
    /// Right after a write (the `requirements` property, `reset()`, an
    /// attribute) it already describes the new selection, which renders a
    /// moment later.
    pub fn state(&self) -> JsValue {
        if let Some(selection) = self.pending.get() {
            return event_detail(&AdvisorState::new(selection)).into();
        }
        self.latest
            .borrow()
            .as_ref()
            .map_or(JsValue::NULL, |state| event_detail(state).into())
    }

    /// Replaces the reader's selection with the one `text` describes, in
    /// the compact form of the `requirements` attribute (the loader turns
    /// the property's object form into it).
    #[cfg_attr(feature = "element", wasm_bindgen(js_name = setRequirements))]
    pub fn set_requirements(&mut self, text: &str) {
        self.apply(selection_from_text(text));
    }

    /// Back to the starting state: what the `preset` and `requirements`
    /// attributes describe (nothing chosen without them).
    pub fn reset(&mut self) {
        self.apply(self.config.initial);
    }

    /// Tears the Yew app down and returns what [`mount_element`] needs to
    /// bring the same element back as the reader left it; nothing of this
    /// widget stays in the wasm.
    pub fn unmount(mut self) -> String {
        unregister_root(&self.root);
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        let selection = self.pending.get().unwrap_or_else(|| {
            self.latest
                .borrow()
                .as_ref()
                .map_or(self.initial, |state| state.selection)
        });
        snapshot(&selection, self.latest_view.get(), &self.config.initial)
    }
}
