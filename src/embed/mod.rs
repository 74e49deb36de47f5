//! The browser edge. Inputs from the page (URL, element attributes) are parsed
//! here, once, into typed state; the app below never sees a raw string.
//! Changes flow back out through the app's callbacks: URL updates and, for the
//! custom element, DOM events.
//!
//! - [`mount_standalone`]: the article page, state in the URL fragment;
//! - [`mount_element`]: one `<framework-advisor>` element (driven by the small
//!   hand-written loader in `src/embed/loader.js`).

mod attributes;
mod crash;
mod element;
mod standalone;

pub use attributes::{
    parse_attributes, web_link, EmbedConfig, UrlSync, DEFAULT_CTA_LABEL, DEFAULT_SYNC_KEY,
    MAX_LABEL_CHARS, OBSERVED,
};
pub use crash::{show_crash_message, CRASH_MESSAGE};
pub use element::{mount_element, query_value, Widget};
pub use standalone::{mount_standalone, selection_from_fragment, STANDALONE_ROOT_ID};

use crate::engine::{LinkState, Selection};
use crate::ui::{permalink, Permalinks};
use wasm_bindgen::JsValue;
use web_sys::{console, Window};

/// Logs one console warning.
fn warn(message: &str) {
    console::warn_1(&JsValue::from_str(message));
}

/// The selection a link carries, warning once about anything it ignored.
fn selection_from_link(state: LinkState) -> Selection {
    let (decoded, version) = match state {
        LinkState::Absent => return Selection::EMPTY,
        LinkState::Present(decoded) => (decoded, None),
        LinkState::UnknownVersion(tag, decoded) => (decoded, Some(tag)),
    };
    let mut problems = Vec::new();
    if let Some(tag) = version {
        problems.push(format!("unknown version `{tag}`, read as v1"));
    }
    if !decoded.skipped.is_empty() {
        problems.push(decoded.skipped_summary());
    }
    if decoded.truncated {
        problems.push("input too long, cut off".to_string());
    }
    if !problems.is_empty() {
        warn(&format!(
            "Framework Advisor: ignored parts of the link: {}",
            problems.join("; ")
        ));
    }
    decoded.selection
}

/// The page's URL without its fragment.
fn page_url(window: &Window) -> String {
    let href = window.location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// Puts the permalink of `selection` into the page URL (fragment or query
/// parameter, as `target` says), without adding a history entry and keeping
/// the entry's state. Does nothing when permalinks are off or already current.
fn write_permalink(target: &Permalinks, selection: &Selection) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(link) = permalink(target, selection) else {
        return;
    };
    if window.location().href().ok().as_deref() == Some(link.as_str()) {
        return;
    }
    if let Ok(history) = window.history() {
        let state = history.state().unwrap_or(JsValue::NULL);
        // Fails only for a cross-origin URL, which this never is.
        let _ = history.replace_state_with_url(&state, "", Some(&link));
    }
}

/// Sets the `advisor-interactive` performance mark (read by the benchmark).
fn mark_interactive() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // Marking fails only for reserved names, which this is not.
        let _ = performance.mark("advisor-interactive");
    }
}
