//! The compact text form of a [`Selection`], used by permalinks and by the
//! `requirements` attribute: comma-separated requirement ids, each with an
//! optional suffix — `!` must-have, none important, `?` nice-to-have — e.g.
//! `admin!,orm,io?`. Off requirements are left out.
//!
//! A permalink wraps it with a version tag, `v1:admin!,orm`, stored under the
//! key `advisor=` in the URL fragment (standalone page) or in a query parameter
//! (embeds with `sync-url`, which leave the host's `#anchors` alone).
//!
//! Decoding never fails: unknown ids, malformed or repeated entries are
//! skipped and reported so the caller can warn once, and over-long input is
//! cut off at a fixed bound.

use crate::{requirement_index, Importance, Selection, REQUIREMENTS, REQUIREMENT_COUNT};

/// Version tag written into permalinks.
pub const VERSION_TAG: &str = "v1";

/// Key of the permalink state inside the URL fragment.
pub const FRAGMENT_KEY: &str = "advisor";

/// Longest input the decoder reads, in bytes; the rest is ignored.
pub const MAX_INPUT_BYTES: usize = 2048;

/// Most entries the decoder reads; the rest are ignored.
pub const MAX_ENTRIES: usize = 64;

/// The result of decoding: what was understood and what was skipped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    /// The selection built from the understood entries.
    pub selection: Selection,
    /// Entries that were skipped (unknown, malformed, repeated), as written.
    pub skipped: Vec<String>,
    /// True when the input was longer than the decoder reads.
    pub truncated: bool,
}

/// Skipped entries listed in a warning at most; the rest are counted.
const MAX_LISTED_SKIPS: usize = 5;

impl Decoded {
    /// The skipped entries for a warning: at most five, then "and N more".
    pub fn skipped_summary(&self) -> String {
        let listed = self.skipped.len().min(MAX_LISTED_SKIPS);
        let mut summary = self.skipped[..listed].join(", ");
        if self.skipped.len() > listed {
            summary.push_str(&format!(" and {} more", self.skipped.len() - listed));
        }
        summary
    }
}

/// Writes `selection` in compact form (`admin!,orm,io?`), in knowledge-base order.
pub fn encode(selection: &Selection) -> String {
    let mut out = String::new();
    for (index, level) in selection.chosen() {
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(REQUIREMENTS[index].id);
        out.push_str(level.suffix().unwrap_or_default());
    }
    out
}

/// Reads the compact form. Never fails; see [`Decoded`].
pub fn decode(text: &str) -> Decoded {
    let (text, truncated) = bounded(text);
    let mut decoded = Decoded {
        truncated,
        ..Decoded::default()
    };
    let mut seen = [false; REQUIREMENT_COUNT];
    let entries = text.split(',').map(str::trim).filter(|t| !t.is_empty());
    for (n, token) in entries.enumerate() {
        if n == MAX_ENTRIES {
            decoded.truncated = true;
            break;
        }
        let known = Importance::parse_token(token)
            .and_then(|(id, level)| Some((requirement_index(id)?, level)));
        match known {
            Some((index, level)) if !seen[index] => {
                seen[index] = true;
                decoded.selection.set(index, level);
            }
            _ => decoded.skipped.push(token.chars().take(40).collect()),
        }
    }
    decoded
}

/// Cuts `text` at [`MAX_INPUT_BYTES`] on a character boundary.
fn bounded(text: &str) -> (&str, bool) {
    if text.len() <= MAX_INPUT_BYTES {
        return (text, false);
    }
    let mut end = MAX_INPUT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (&text[..end], true)
}

/// The versioned form of a selection, `v1:admin!,orm`.
pub fn encode_versioned(selection: &Selection) -> String {
    format!("{VERSION_TAG}:{}", encode(selection))
}

/// The fragment value for a permalink: `advisor=v1:admin!,orm`, or an empty
/// string when nothing is chosen.
pub fn encode_fragment(selection: &Selection) -> String {
    if selection.is_empty() {
        return String::new();
    }
    format!("{FRAGMENT_KEY}={}", encode_versioned(selection))
}

/// What a link says about the widget's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkState {
    /// The link carries no widget state.
    Absent,
    /// The link carries state with an unknown version tag; it was read as
    /// best it could be.
    UnknownVersion(String, Decoded),
    /// The link carries state of the current version.
    Present(Decoded),
}

/// Reads a versioned value (`v1:admin!,orm`, possibly percent-encoded).
pub fn decode_versioned(value: &str) -> LinkState {
    let (value, _) = bounded(value);
    let value = percent_decode(value);
    match value.split_once(':') {
        Some((VERSION_TAG, body)) => LinkState::Present(decode(body)),
        Some((tag, body)) => LinkState::UnknownVersion(tag.chars().take(8).collect(), decode(body)),
        None => LinkState::UnknownVersion(String::new(), decode(&value)),
    }
}

/// The value of `key` in an `&`-separated `key=value` list (a URL query or
/// fragment), not decoded; `None` when no pair has that exact key.
pub fn parameter<'a>(pairs: &'a str, key: &str) -> Option<&'a str> {
    pairs
        .split('&')
        .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
}

/// Reads the widget state from a URL fragment (with or without the leading
/// `#`); other `&`-separated parts of the fragment are ignored.
pub fn decode_fragment(fragment: &str) -> LinkState {
    let (fragment, cut) = bounded(fragment.strip_prefix('#').unwrap_or(fragment));
    let mut state = parameter(fragment, FRAGMENT_KEY).map_or(LinkState::Absent, decode_versioned);
    if let LinkState::Present(decoded) | LinkState::UnknownVersion(_, decoded) = &mut state {
        decoded.truncated |= cut;
    }
    state
}

/// Undoes the percent-encoding some apps apply to `!`, `?`, `,` and `:`;
/// invalid escapes are kept as written.
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
