//! The compact text form of a [`Selection`], used by permalinks and by the
//! `requirements` attribute: comma-separated requirement ids, each with an
//! optional suffix — `!` must-have, none important, `?` nice-to-have — e.g.
//! `admin!,orm,io?`. Off requirements are left out.
//!
//! A permalink wraps it with a version tag, `v1:admin!,orm`; where that goes
//! in a URL is [`crate::links`]'s business.
//!
//! Decoding never fails: unknown ids, malformed or repeated entries are
//! skipped and reported so the caller can warn once, and over-long input is
//! cut off at a fixed bound.

use crate::{
    knowledge::{requirement_index, REQUIREMENTS, REQUIREMENT_COUNT},
    Importance, Selection,
};

/// Version tag written into permalinks.
pub const VERSION_TAG: &str = "v1";

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

/// Reads a versioned value (`v1:admin!,orm`, already percent-decoded: see
/// [`crate::links`]).
pub fn decode_versioned(value: &str) -> LinkState {
    let (value, _) = bounded(value);
    match value.split_once(':') {
        Some((VERSION_TAG, body)) => LinkState::Present(decode(body)),
        Some((tag, body)) => LinkState::UnknownVersion(tag.chars().take(8).collect(), decode(body)),
        None => LinkState::UnknownVersion(String::new(), decode(value)),
    }
}
