//! The standalone article page: one widget in `#advisor`, its state in the URL
//! fragment (`#advisor=v1:…`).

use super::selection_from_link;
use crate::engine::{decode_fragment, encode_fragment, Selection};
use crate::ui::{App, AppProps, Permalinks, Theme};
use wasm_bindgen::JsValue;
use web_sys::Window;
use yew::Callback;

/// Id of the element the standalone page mounts into.
pub const STANDALONE_ROOT_ID: &str = "advisor";

/// Reads the selection a permalink fragment carries, warning once about
/// anything ignored.
pub fn selection_from_fragment(fragment: &str) -> Selection {
    selection_from_link(decode_fragment(fragment))
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
    let props = AppProps {
        initial: selection_from_fragment(&window.location().hash().unwrap_or_default()),
        theme: Theme::Auto,
        permalinks: Permalinks::Fragment {
            page_url: page_url(&window).into(),
        },
        cta: None,
        compact: false,
        on_change: Callback::from(|state: crate::ui::AdvisorState| {
            write_fragment(&state.selection);
        }),
        on_cta: Callback::noop(),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    super::mark_interactive();
}
