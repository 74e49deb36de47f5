//! The page URL: reads the reader's selection from it and writes it back,
//! in the place a [`UrlSync`] names. The URL syntax itself is the engine's
//! ([`crate::engine::links`]); this module only talks to `window.location`
//! and `history`. The UI never builds a URL: it gets a callback
//! ([`link_maker`]) that returns ready-made links.

use crate::engine::links::{selection_from_link, LinkProblem, UrlSync};
use crate::engine::{codec::LinkState, Selection};
use wasm_bindgen::JsValue;
use yew::{AttrValue, Callback};

/// The page's current URL.
pub(crate) fn current_href() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// The selection the current page URL carries for `sync`, if it carries
/// any, warning once about what it ignored.
pub(crate) fn selection_in_page_url(sync: &UrlSync) -> Option<Selection> {
    let state = sync.read(&current_href());
    if state == LinkState::Absent {
        return None;
    }
    let (selection, problems) = selection_from_link(state);
    if !problems.is_empty() {
        let listed: Vec<String> = problems.iter().map(LinkProblem::to_string).collect();
        super::warn(&format!(
            "Framework Advisor: ignored parts of the link: {}",
            listed.join("; ")
        ));
    }
    Some(selection)
}

/// Puts `selection` into the page URL as `sync` says, without adding a
/// history entry and keeping the entry's state. Reads the URL afresh each
/// time: the host (an SPA) may have changed it since the widget mounted.
pub(crate) fn write_to_page_url(sync: &UrlSync, selection: &Selection) {
    let href = current_href();
    let link = sync.link(&href, selection);
    if link == href {
        return;
    }
    let history = gloo::utils::history();
    let state = history.state().unwrap_or(JsValue::NULL);
    // Fails only for a cross-origin URL, which this never is.
    let _ = history.replace_state_with_url(&state, "", Some(&link));
}

/// The callback the UI asks for a selection's link ("Copy link", the
/// summary's link), built from the page URL at the moment it is asked.
pub(crate) fn link_maker(sync: UrlSync) -> Callback<Selection, AttrValue> {
    Callback::from(move |selection: Selection| sync.link(&current_href(), &selection).into())
}
