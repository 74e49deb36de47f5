//! The browser edge. Inputs from the page (URL, element attributes) are parsed
//! here, once, into typed state; the app below never sees a raw string.
//! Changes flow back out through the app's callbacks: URL updates and, for the
//! custom element, DOM events.
//!
//! - [`mount_standalone`]: the article page, state in the URL fragment;
//! - [`mount_element`]: one `<framework-advisor>` element (driven by the small
//!   hand-written loader in `src/embed/loader.js`);
//! - [`url`]'s [`UrlSync`]: reading and writing state links, for both.

mod attributes;
mod crash;
mod element;
mod standalone;
mod url;

pub use attributes::{
    parse_attributes, web_link, AttributeError, EmbedConfig, DEFAULT_CTA_LABEL, DEFAULT_SYNC_KEY,
    MAX_LABEL_CHARS, OBSERVED,
};
pub use crash::{show_crash_message, CRASH_MESSAGE};
pub use element::{mount_element, Widget};
pub use standalone::{mount_standalone, STANDALONE_ROOT_ID};
pub use url::{query_value, selection_from_link, LinkProblem, UrlSync};

use wasm_bindgen::JsValue;
use web_sys::console;

/// Logs one console warning.
fn warn(message: &str) {
    console::warn_1(&JsValue::from_str(message));
}

/// Sets the `advisor-interactive` performance mark (read by the benchmark).
fn mark_interactive() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // Marking fails only for reserved names, which this is not.
        let _ = performance.mark("advisor-interactive");
    }
}
