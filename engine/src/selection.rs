//! The reader's input: one importance per requirement.

use crate::{
    knowledge::{RequirementSet, REQUIREMENT_COUNT},
    Importance,
};

/// The importance of every requirement, indexed like [`crate::knowledge::REQUIREMENTS`].
///
/// A small `Copy` value, so the engine can try variations without allocating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Selection([Importance; REQUIREMENT_COUNT]);

impl Default for Selection {
    fn default() -> Self {
        Self::EMPTY
    }
}

impl Selection {
    /// Nothing chosen.
    pub const EMPTY: Selection = Selection([Importance::Off; REQUIREMENT_COUNT]);

    /// A selection from one level per requirement.
    pub const fn from_levels(levels: [Importance; REQUIREMENT_COUNT]) -> Self {
        Selection(levels)
    }

    /// The level of requirement `index`.
    pub fn get(&self, index: usize) -> Importance {
        self.0[index]
    }

    /// Sets requirement `index` to `level`.
    pub fn set(&mut self, index: usize, level: Importance) {
        self.0[index] = level;
    }

    /// A copy with requirement `index` set to `level`.
    pub fn with(mut self, index: usize, level: Importance) -> Self {
        self.set(index, level);
        self
    }

    /// True when no requirement is on.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|l| *l == Importance::Off)
    }

    /// The requirements that are on, with their levels, in knowledge-base order.
    pub fn chosen(&self) -> impl Iterator<Item = (usize, Importance)> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter(|(_, l)| **l != Importance::Off)
            .map(|(i, l)| (i, *l))
    }

    /// The requirements that are on, as a set.
    pub fn on(&self) -> RequirementSet {
        let mut set = RequirementSet::default();
        for (index, _) in self.chosen() {
            set.insert(index);
        }
        set
    }
}
