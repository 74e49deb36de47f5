//! The advisor's knowledge base as data: the importance vocabulary shared by
//! links, presets and scoring, and (feature `schema`, on by default) the shape
//! and validation of `knowledge.toml`.
//!
//! The engine uses this crate twice: at build time with `schema`, to validate
//! `knowledge.toml` and generate its tables, and at run time without it, for
//! [`Importance`] alone, so no TOML or serde code reaches the wasm.
#![deny(missing_docs)]

mod importance;
#[cfg(feature = "schema")]
pub mod schema;

pub use importance::Importance;
