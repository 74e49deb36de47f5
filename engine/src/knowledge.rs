//! The knowledge base: requirement groups, requirements, example scenarios
//! and the plan's tables.
//!
//! The types are declared once, in the knowledge crate; `build.rs` validates
//! `knowledge/knowledge.toml`, constructs the values and bakes them into the
//! statics below, so every lookup here works on checked, static data.

pub use advisor_knowledge::{
    Context, Evidence, Facts, Framework, Group, Package, PackageSet, Place, PlanText, Requirement,
    RequirementSet, Role, Separable, Side, Stack, Step, UndecidedPlan, When,
};

use crate::{scoring::VerdictKind, Importance, Selection};

/// An example scenario the reader can start from.
pub type Preset = advisor_knowledge::Preset<Selection>;

include!(concat!(env!("OUT_DIR"), "/knowledge.rs"));

/// The members of a set of table entries, in table order.
pub trait Members {
    /// What the set holds.
    type Item;
    /// Its members, in table order.
    fn iter(self) -> impl Iterator<Item = Self::Item>;
}

impl Members for RequirementSet {
    type Item = usize;
    fn iter(self) -> impl Iterator<Item = usize> {
        (0..REQUIREMENT_COUNT).filter(move |i| self.contains(*i))
    }
}

impl Members for PackageSet {
    type Item = &'static Package;
    fn iter(self) -> impl Iterator<Item = &'static Package> {
        PACKAGES
            .iter()
            .enumerate()
            .filter(move |(i, _)| self.bits() & (1 << i) != 0)
            .map(|(_, p)| p)
    }
}

/// Position of the requirement with this id, if any.
pub fn requirement_index(id: &str) -> Option<usize> {
    REQUIREMENTS.iter().position(|r| r.id == id)
}

/// The preset with this id, if any.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// Requirements under one group, with their indices, in display order.
pub fn requirements_in(group: usize) -> impl Iterator<Item = (usize, &'static Requirement)> {
    REQUIREMENTS
        .iter()
        .enumerate()
        .filter(move |(_, r)| r.group == group)
}

/// The importance level that a requirement gets from a fresh toggle.
pub const DEFAULT_ON: Importance = Importance::Important;
