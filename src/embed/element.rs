//! The Rust side of the `<framework-advisor>` custom element. The loader
//! (`src/embed/loader.js`) defines the element, gives each one an open
//! shadow root, and calls [`mount_element`] once the single wasm instance is
//! ready; [`Widget::refresh`] on attribute changes; [`Widget::unmount`] when
//! the element leaves the page.

use super::crash::{register_root, unregister_root};
use super::url::{link_maker, selection_in_page_url, write_to_page_url};
use super::{mark_interactive, parse_attributes, warn, AttributeError, EmbedConfig};
use crate::engine::{Selection, Verdict, REQUIREMENTS};
use crate::ui::{AdvisorState, App, AppProps};
use js_sys::{Array, Object, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};
use yew::{AppHandle, Callback};

/// One mounted element: its Yew app and what it was configured with.
#[wasm_bindgen]
pub struct Widget {
    app: Option<AppHandle<App>>,
    root: Element,
    host: HtmlElement,
    config: EmbedConfig,
    initial: Selection,
    warned: Vec<AttributeError>,
    /// Whether `advisor-ready` went out: every later state is a change. Kept
    /// across attribute changes, which rebuild the callbacks.
    ready_sent: Rc<Cell<bool>>,
}

fn set(target: &Object, key: &str, value: impl Into<JsValue>) {
    // Setting a property on a plain object cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), &value.into());
}

/// The `detail` of `advisor-ready` and `advisor-change` events.
fn event_detail(state: &AdvisorState) -> Object {
    let detail = Object::new();
    let evaluation = &state.evaluation;
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
    let requirements = Object::new();
    for (index, level) in state.selection.chosen() {
        set(&requirements, REQUIREMENTS[index].id, level.id());
    }
    set(&detail, "requirements", requirements);
    if let Verdict::Both(split) = evaluation.verdict {
        let ids = |set: crate::engine::RequirementSet| {
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

/// Dispatches a `CustomEvent` that bubbles out of the shadow root.
fn dispatch(host: &HtmlElement, kind: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(kind, &init) {
        // Host listeners' exceptions are reported by the browser, not here.
        let _ = host.dispatch_event(&event);
    }
}

impl Widget {
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
        let ready_sent = self.ready_sent.clone();
        let on_change = Callback::from(move |state: AdvisorState| {
            let detail = event_detail(&state);
            if ready_sent.replace(true) {
                if let Some(sync) = &sync {
                    write_to_page_url(sync, &state.selection);
                }
                dispatch(&host, "advisor-change", &detail);
            } else {
                dispatch(&host, "advisor-ready", &detail);
            }
        });
        let host = self.host.clone();
        let cta = self.config.cta.clone();
        let on_cta = Callback::from(move |()| {
            let detail = Object::new();
            if let Some(cta) = &cta {
                set(&detail, "href", cta.href.as_str());
                set(&detail, "label", cta.label.as_str());
            }
            dispatch(&host, "advisor-cta-click", &detail);
        });
        AppProps {
            initial: self.initial,
            theme: self.config.theme,
            permalink: self.config.sync.clone().map(link_maker),
            cta: self.config.cta.clone(),
            compact: self.config.compact,
            on_change,
            on_cta,
        }
    }
}

/// Mounts a widget into `root` (inside the element's shadow root), configured
/// by `host`'s attributes. With `sync-url`, state found in the page URL wins
/// over the attributes.
#[wasm_bindgen(js_name = mount)]
pub fn mount_element(root: Element, host: HtmlElement) -> Widget {
    let (config, problems) = parse_attributes(|name| host.get_attribute(name));
    let from_url = config.sync.as_ref().and_then(selection_in_page_url);
    register_root(&root);
    let mut widget = Widget {
        app: None,
        root: root.clone(),
        initial: from_url.unwrap_or(config.initial),
        host,
        config,
        warned: Vec::new(),
        ready_sent: Rc::new(Cell::new(false)),
    };
    widget.warn_once(problems);
    let props = widget.props();
    widget.app = Some(yew::Renderer::<App>::with_root_and_props(root, props).render());
    mark_interactive();
    widget
}

#[wasm_bindgen]
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
        if config.initial != self.config.initial {
            self.initial = config.initial;
        }
        self.config = config;
        let props = self.props();
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }

    /// Tears the Yew app down; the element may be mounted again later.
    pub fn unmount(mut self) {
        unregister_root(&self.root);
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
