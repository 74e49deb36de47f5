//! Framework Advisor: a Django-vs-FastAPI decision widget that runs entirely in
//! the browser.
//!
//! Data flows one way:
//! - [`engine`] — the `advisor-engine` crate (pure Rust: knowledge base,
//!   scoring, explanations), re-exported; Cargo keeps browser crates out of it;
//! - [`ui`] — Yew components, one per file, that render an engine result;
//! - [`embed`] — the browser edge: reads the URL once into typed state and
//!   mounts the app.
#![deny(missing_docs)]

pub mod embed;
pub use advisor_engine as engine;
pub mod ui;
