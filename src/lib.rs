//! Framework Advisor: a Django-vs-FastAPI decision widget that runs entirely in
//! the browser.
//!
//! Data flows one way:
//! - [`engine`] — pure Rust: knowledge base, scoring, explanations;
//! - [`ui`] — Yew components, one per file, that render an engine result;
//! - [`embed`] — the browser edge: reads the URL once into typed state and
//!   mounts the app.
#![deny(missing_docs)]

pub mod embed;
pub mod engine;
pub mod ui;
