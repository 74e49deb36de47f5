//! State links: the one place that reads and writes the reader's selection in
//! the page URL, either in the page fragment (`#advisor=v1:…`) or in a query
//! parameter of the host page (`?advisor=v1:…`). The UI never builds a URL:
//! it gets a callback ([`link_maker`]) that returns ready-made links.
//!
//! [`UrlSync::read`], [`UrlSync::link`] and [`query_value`] work on plain
//! strings and are tested natively; the rest talks to `window.location` and
//! `history`.

use crate::engine::{
    decode_fragment, decode_versioned, encode_fragment, encode_versioned, parameter, LinkState,
    Selection,
};
use std::fmt;
use wasm_bindgen::JsValue;
use yew::{AttrValue, Callback};

/// Where a widget mirrors its state in the page URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlSync {
    /// In this query parameter (`sync-url` or `sync-url="name"` on an
    /// element): the host page's own `#anchors` keep working.
    Query(String),
    /// In the fragment, as `#advisor=v1:…`: the article page, and elements
    /// with `sync-url="#"` on pages they own, such as the offline file.
    Fragment,
}

impl UrlSync {
    /// The widget state that `href` carries for this setting.
    pub fn read(&self, href: &str) -> LinkState {
        match self {
            Self::Query(key) => query_value(href, key).map_or(LinkState::Absent, decode_versioned),
            Self::Fragment => href
                .split_once('#')
                .map_or(LinkState::Absent, |(_, fragment)| decode_fragment(fragment)),
        }
    }

    /// `href` rewritten to carry `selection`. A fragment link replaces the
    /// whole fragment; a query link keeps the page's other parameters and its
    /// `#anchor`. An empty selection leaves no trace of the widget.
    pub fn link(&self, href: &str, selection: &Selection) -> String {
        let (rest, anchor) = match href.split_once('#') {
            Some((rest, anchor)) => (rest, Some(anchor)),
            None => (href, None),
        };
        match self {
            Self::Fragment => {
                let fragment = encode_fragment(selection);
                if fragment.is_empty() {
                    rest.to_string()
                } else {
                    format!("{rest}#{fragment}")
                }
            }
            Self::Query(key) => {
                let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
                let mut params: Vec<String> = query
                    .split('&')
                    .filter(|p| !p.is_empty() && p.split('=').next() != Some(key.as_str()))
                    .map(str::to_string)
                    .collect();
                if !selection.is_empty() {
                    params.push(format!("{key}={}", encode_versioned(selection)));
                }
                let mut link = path.to_string();
                if !params.is_empty() {
                    link.push('?');
                    link.push_str(&params.join("&"));
                }
                if let Some(anchor) = anchor {
                    link.push('#');
                    link.push_str(anchor);
                }
                link
            }
        }
    }
}

/// The value of query parameter `key` in `href`, if present (not decoded).
pub fn query_value<'a>(href: &'a str, key: &str) -> Option<&'a str> {
    let without_anchor = href.split('#').next().unwrap_or_default();
    let (_, query) = without_anchor.split_once('?')?;
    parameter(query, key)
}

/// Something in a state link that was ignored while reading it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// The version tag is not one this build knows; the rest was read as v1.
    UnknownVersion(String),
    /// Unknown or repeated entries (already summarised for a warning).
    Skipped(String),
    /// The link was longer than any real selection and was cut off.
    Truncated,
}

impl fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownVersion(tag) => write!(f, "unknown version `{tag}`, read as v1"),
            Self::Skipped(summary) => f.write_str(summary),
            Self::Truncated => f.write_str("input too long, cut off"),
        }
    }
}

/// The selection a link carries and what was ignored in it.
pub fn selection_from_link(state: LinkState) -> (Selection, Vec<LinkProblem>) {
    let (decoded, version) = match state {
        LinkState::Absent => return (Selection::EMPTY, Vec::new()),
        LinkState::Present(decoded) => (decoded, None),
        LinkState::UnknownVersion(tag, decoded) => (decoded, Some(tag)),
    };
    let mut problems = Vec::new();
    if let Some(tag) = version {
        problems.push(LinkProblem::UnknownVersion(tag));
    }
    if !decoded.skipped.is_empty() {
        problems.push(LinkProblem::Skipped(decoded.skipped_summary()));
    }
    if decoded.truncated {
        problems.push(LinkProblem::Truncated);
    }
    (decoded.selection, problems)
}

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
