//! The advisor's knowledge base as typed tables: the importance vocabulary,
//! requirements and their groups, scenarios, and the plan's packages, stacks,
//! steps and contract. Each table type is declared once here; the engine's
//! `build.rs` reads `knowledge.toml` (feature `schema`, on by default),
//! validates it, constructs these values and writes them out as Rust source
//! ([`bake`]), so no TOML or serde code reaches the wasm.
#![deny(missing_docs)]

#[cfg(feature = "schema")]
pub mod bake;
mod declare;
mod group;
mod importance;
mod plan;
mod preset;
mod requirement;
#[cfg(feature = "schema")]
pub mod schema;
mod sets;
mod side;
mod when;

pub use group::Group;
pub use importance::Importance;
pub use plan::{Framework, Package, Place, PlanText, Stack, Step, UndecidedPlan};
pub use preset::{Preset, VerdictKind};
pub use requirement::{Context, Evidence, Requirement, Role, Separable};
pub use sets::{PackageSet, RequirementSet};
pub use side::Side;
pub use when::{Facts, When};
