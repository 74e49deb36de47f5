//! Framework Advisor: a Django-vs-FastAPI decision widget that runs entirely in
//! the browser.
//!
//! Data flows one way:
//! - [`engine`] — the `advisor-engine` crate (pure Rust: knowledge base,
//!   scoring, explanations), re-exported; Cargo keeps browser crates out of it;
//! - [`ui`] — Yew components, one per file, that render an engine result and
//!   report the reader's actions through callbacks;
//! - [`embed`] — the browser edge: parses attributes and the page URL once
//!   into typed state, mounts the app, and turns its callbacks into URL
//!   updates and DOM events.
#![deny(missing_docs)]

pub mod embed;
pub use advisor_engine as engine;
pub mod ui;
