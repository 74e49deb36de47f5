//! The decision engine: knowledge base, scoring, "what would change" analysis,
//! the compact text form of a selection, and the words that explain results.
//!
//! Pure Rust with no browser types: this crate's only dependency is the
//! knowledge crate's vocabulary, so Cargo itself keeps yew, web-sys, gloo and
//! wasm-bindgen out, and everything here is tested natively and fast.
//!
//! The knowledge base (`knowledge/knowledge.toml`) is validated and turned into
//! static tables by `build.rs`; no TOML parser ships.
//!
//! # A tour, by group
//!
//! - [`knowledge`]: the tables built from `knowledge.toml` — requirements,
//!   groups, scenarios, and the plan's packages, stacks, steps and contract;
//! - [`scoring`]: a [`Selection`] evaluated into a verdict, its grade and its
//!   evidence ([`evaluate`](scoring::evaluate)), and the smallest edits that would change it
//!   ([`what_would_change`](scoring::what_would_change));
//! - [`words`]: the texts that explain a result, and the copied decision
//!   record ([`summary_markdown`](words::summary_markdown));
//! - [`plan`](mod@plan): the starter stack, first steps, risks and, for a split, the
//!   contract between the parts;
//! - [`codec`] and [`links`]: the compact text form of a selection, and where
//!   it goes in a URL.
//!
//! The root holds only the modules and the two types every group shares: a
//! [`Selection`] of requirements and their [`Importance`]. Callers name the
//! group, so `scoring::evaluate` reads apart from `words::headline`.
#![deny(missing_docs)]

pub mod codec;
pub mod knowledge;
pub mod links;
pub mod plan;
pub mod scoring;
mod selection;
mod small_sort;

pub use advisor_knowledge::Importance;
pub use selection::Selection;

pub mod words;
