//! State links: where a selection goes in a URL, and how it is read back.
//! The one home of URL syntax: the page fragment (`#advisor=v1:…`, the
//! article page and the offline file) or a query parameter of a host page
//! (`?advisor=v1:…`, embeds with `sync-url`, which leave the host's
//! `#anchors` alone), `&`-separated parameters and percent-decoding. Pure
//! string work; the browser edge (`src/embed/url.rs`) only supplies the
//! page's URL and writes the result into its history.

use crate::codec::{decode_versioned, encode_versioned, LinkState, MAX_INPUT_BYTES};
use crate::Selection;
use std::fmt;

/// Key of the permalink state inside the URL fragment.
pub const FRAGMENT_KEY: &str = "advisor";

/// Where a widget keeps its state in the page URL.
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
            Self::Query(key) => query_value(href, key).map_or(LinkState::Absent, decode_value),
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

/// The fragment value for a permalink: `advisor=v1:admin!,orm`, or an empty
/// string when nothing is chosen.
pub fn encode_fragment(selection: &Selection) -> String {
    if selection.is_empty() {
        return String::new();
    }
    format!("{FRAGMENT_KEY}={}", encode_versioned(selection))
}

/// The value of `key` in an `&`-separated `key=value` list (a URL query or
/// fragment), not decoded; `None` when no pair has that exact key.
pub fn parameter<'a>(pairs: &'a str, key: &str) -> Option<&'a str> {
    pairs
        .split('&')
        .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
}

/// The value of query parameter `key` in `href`, if present (not decoded).
pub fn query_value<'a>(href: &'a str, key: &str) -> Option<&'a str> {
    let without_anchor = href.split('#').next().unwrap_or_default();
    let (_, query) = without_anchor.split_once('?')?;
    parameter(query, key)
}

/// Reads the widget state from a URL fragment (with or without the leading
/// `#`); other `&`-separated parts of the fragment are ignored.
pub fn decode_fragment(fragment: &str) -> LinkState {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let cut = fragment.len() > MAX_INPUT_BYTES;
    let mut end = fragment.len().min(MAX_INPUT_BYTES);
    while !fragment.is_char_boundary(end) {
        end -= 1;
    }
    let mut state =
        parameter(&fragment[..end], FRAGMENT_KEY).map_or(LinkState::Absent, decode_value);
    if let LinkState::Present(decoded) | LinkState::UnknownVersion(_, decoded) = &mut state {
        decoded.truncated |= cut;
    }
    state
}

/// A parameter's value (`v1:admin!,orm`, possibly percent-encoded) read.
fn decode_value(value: &str) -> LinkState {
    decode_versioned(&percent_decode(value))
}

/// Undoes the percent-encoding some apps apply to `!`, `?`, `,` and `:`;
/// invalid escapes are kept as written.
///
/// Hand-written: the `percent-encoding` crate does the same for 0.2 KB more
/// brotli in the embed (measured, docs/performance.md).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied(),
            bytes.get(i + 2).copied(),
        ) {
            (b'%', Some(h), Some(l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
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

// Written by hand: the engine depends on the knowledge crate alone
// (engine/tests/dependencies.rs), so no derive crate.
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
