//! The browser edge. Inputs from the page (the URL fragment) are parsed here,
//! once, into typed state; the app below never sees a raw string. Changes flow
//! back out through the app's `on_change` callback.

use crate::engine::{decode_fragment, encode_fragment, FragmentState, Selection};
use crate::ui::{App, AppProps, Theme};
use wasm_bindgen::JsValue;
use web_sys::{console, Window};
use yew::Callback;

/// Id of the element the standalone page mounts into.
pub const STANDALONE_ROOT_ID: &str = "advisor";

/// Logs one console warning for the parts of `input` that were ignored.
fn warn_skipped(source: &str, skipped: &[String], truncated: bool) {
    if skipped.is_empty() && !truncated {
        return;
    }
    let mut message = format!("Framework Advisor: ignored parts of {source}");
    if !skipped.is_empty() {
        message.push_str(&format!(": {}", skipped.join(", ")));
    }
    if truncated {
        message.push_str(" (input was too long and was cut off)");
    }
    console::warn_1(&JsValue::from_str(&message));
}

/// Reads the selection a permalink carries, warning once about anything ignored.
pub fn selection_from_fragment(fragment: &str) -> Selection {
    match decode_fragment(fragment) {
        FragmentState::Absent => Selection::EMPTY,
        FragmentState::Present(decoded) => {
            warn_skipped("the link", &decoded.skipped, decoded.truncated);
            decoded.selection
        }
        FragmentState::UnknownVersion(tag, decoded) => {
            console::warn_1(&JsValue::from_str(&format!(
                "Framework Advisor: link version `{tag}` is not v1; reading it as best it can"
            )));
            warn_skipped("the link", &decoded.skipped, decoded.truncated);
            decoded.selection
        }
    }
}

/// The page's URL without its fragment.
fn page_url(window: &Window) -> String {
    let href = window.location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// Replaces the URL fragment with the permalink of `selection`, without adding
/// a history entry.
fn write_fragment(selection: &Selection) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let fragment = encode_fragment(selection);
    let current = window.location().hash().unwrap_or_default();
    if current.strip_prefix('#').unwrap_or(&current) == fragment {
        return;
    }
    let url = if fragment.is_empty() {
        page_url(&window)
    } else {
        format!("#{fragment}")
    };
    if let Ok(history) = window.history() {
        // Fails only for a cross-origin URL, which this never is.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Mounts the widget into `#advisor` on the standalone page, with the state of
/// the URL fragment, and keeps the fragment in step with the reader's choices.
pub fn mount_standalone() {
    let window = web_sys::window().expect("the standalone page runs in a window");
    let document = window.document().expect("a window has a document");
    let root = document
        .get_element_by_id(STANDALONE_ROOT_ID)
        .expect("index.html has an element with id=\"advisor\"");
    let initial = selection_from_fragment(&window.location().hash().unwrap_or_default());
    let props = AppProps {
        initial,
        page_url: page_url(&window).into(),
        on_change: Callback::from(|selection: Selection| write_fragment(&selection)),
        theme: Theme::Auto,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
