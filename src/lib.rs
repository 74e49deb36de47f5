//! Framework Advisor: a Django-vs-FastAPI decision widget that runs entirely in
//! the browser.
//!
//! Data flows one way:
//! - [`engine`] — the `advisor-engine` crate (pure Rust: knowledge base,
//!   scoring, explanations), re-exported; Cargo keeps browser crates out of it;
//! - [`ui`] — one stateful component (`App`) and plain view functions, one
//!   per file, that render an engine result and report the reader's actions
//!   through callbacks;
//! - [`embed`] — the browser edge: parses attributes and the page URL once
//!   into typed state, mounts the app, and turns its callbacks into URL
//!   updates and DOM events.
#![deny(missing_docs)]

/// The wasm heap: rlsf's TLSF allocator (O(1) allocation and free), a few
/// kilobytes smaller than the standard library's dlmalloc. It is rlsf's own
/// safe `GlobalAlloc` for single-threaded wasm32, so no `unsafe` here.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: rlsf::SmallGlobalTlsf = rlsf::SmallGlobalTlsf::new();

pub mod embed;
pub use advisor_engine as engine;
pub mod ui;
