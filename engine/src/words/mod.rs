//! Words: what a result says to the reader. [`advise`] builds the whole
//! result for a selection once ([`Advice`]); the widget renders it, and
//! [`summary_markdown`] writes it as the copied decision record.
//!
//! - `labels`: headlines, importance levels, edits in a few words;
//! - `sentences`: what the answer rests on, its reasons, the project;
//! - `advice`: the one view model;
//! - `record`: the Markdown decision record;
//! - `text`: the template and list helpers every sentence uses.

mod advice;
mod labels;
mod record;
mod sentences;
mod text;

pub use advice::{advise, Advice, SuggestionText};
pub use labels::{
    grade_label, headline, importance_label, outcome, short_headline, suggestion,
    suggestion_in_words, title, verdict_short,
};
pub use record::summary_markdown;
pub use sentences::{basis, parts_of, project, reasons, split_reason, MAX_REASONS};
