//! The browser edge. Inputs from the page (URL, element attributes) are parsed
//! here, once, into typed state; the app below never sees a raw string.
//! Changes flow back out through the app's callbacks: URL updates and, for the
//! custom element, DOM events.
//!
//! - [`mount_standalone`]: the article page, state in the URL fragment;
//! - [`mount_element`]: one `<framework-advisor>` element (driven by the small
//!   hand-written loader in `src/embed/loader.js`);
//! - the page URL (`url.rs`): reading and writing the state where a
//!   [`UrlSync`] says, for both; the link syntax is the engine's.

mod attributes;
mod crash;
mod element;
mod standalone;
mod url;

pub use crate::engine::links::UrlSync;
pub use attributes::{
    parse_attributes, web_link, AttributeError, AttributeKind, AttributeSpec, EmbedConfig,
    ATTRIBUTES,
};
pub use crash::CRASH_MESSAGE;
pub use element::{mount_element, Widget};
pub use standalone::{mount_standalone, STANDALONE_ROOT_ID};

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// Sets `key` on a plain object.
pub(crate) fn set(target: &Object, key: &str, value: impl Into<JsValue>) {
    // Setting a property on a plain object cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), &value.into());
}

/// Dispatches a `CustomEvent` from `host` that bubbles out of its shadow root.
pub(crate) fn dispatch(host: &HtmlElement, kind: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(kind, &init) {
        // Host listeners' exceptions are reported by the browser, not here.
        let _ = host.dispatch_event(&event);
    }
}

/// Logs one console warning.
fn warn(message: &str) {
    gloo::console::warn!(message);
}

/// Sets the `advisor-interactive` performance mark (read by the benchmark).
fn mark_interactive() {
    if let Some(performance) = gloo::utils::window().performance() {
        // Marking fails only for reserved names, which this is not.
        let _ = performance.mark("advisor-interactive");
    }
}
