//! The one condition of the knowledge base: when a requirement's context
//! applies, when a step is taken, when a line of a split's contract holds.
//! Written in `knowledge.toml` as a table, `when = { any = ["api", "ml"],
//! none = ["pages"] }`, and read in one place, [`When::matches`].

use crate::{table, RequirementSet};

table! {
    /// A condition on what the project needs (the requirements that decide:
    /// important or must-have).
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct When {
        /// At least one of these decides; empty: any requirement that is
        /// considered at all (a step every project of its stack takes).
        pub any: RequirementSet,
        /// Each of these decides too.
        pub all: RequirementSet,
        /// None of these decides.
        pub none: RequirementSet,
        /// `any` counts only where its requirement's own context applies
        /// (editorial content beside server-rendered pages is a CMS's job).
        pub in_context: bool,
    }
}

/// What a condition is read against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// The requirements `any` may match: those that decide, within what is
    /// being planned (a split's service plans only its own parts).
    pub candidates: RequirementSet,
    /// Of those, the ones whose knowledge-base context applies here.
    pub in_context: RequirementSet,
    /// What `all` and `none` are read against: everything that decides in
    /// the part being planned.
    pub scope: RequirementSet,
}

impl Facts {
    /// Facts where everything that decides is a candidate and in scope.
    pub const fn deciding(set: RequirementSet) -> Facts {
        Facts {
            candidates: set,
            in_context: RequirementSet::from_bits(0),
            scope: set,
        }
    }
}

impl When {
    /// The requirements of `any` that make the condition hold (all the
    /// candidates when `any` is empty), or the empty set when it does not
    /// hold.
    pub const fn matches(&self, facts: Facts) -> RequirementSet {
        let candidates = if self.in_context {
            facts.in_context.bits()
        } else {
            facts.candidates.bits()
        };
        let matched = if self.any.is_empty() {
            candidates
        } else {
            self.any.bits() & candidates
        };
        let all = self.all.bits() & !facts.scope.bits() == 0;
        let none = self.none.bits() & facts.scope.bits() == 0;
        RequirementSet::from_bits(if all && none { matched } else { 0 })
    }

    /// True when the condition holds for `facts`.
    pub const fn holds(&self, facts: Facts) -> bool {
        !self.matches(facts).is_empty()
    }

    /// True when the condition names no requirement (every project).
    pub const fn is_always(&self) -> bool {
        self.any.is_empty() && self.all.is_empty() && self.none.is_empty()
    }
}

/// How a condition is written in `knowledge.toml`, checked and lowered.
#[cfg(feature = "schema")]
pub mod source {
    use crate::schema::{Names, Problems};
    use serde::Deserialize;

    /// A condition: requirement ids, each list optional.
    #[derive(Debug, Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct When {
        /// At least one of these decides (empty: any).
        #[serde(default)]
        pub any: Vec<String>,
        /// Each of these decides too.
        #[serde(default)]
        pub all: Vec<String>,
        /// None of these decides.
        #[serde(default)]
        pub none: Vec<String>,
        /// `any` counts only where its requirement's context applies.
        #[serde(default)]
        pub in_context: bool,
    }

    impl When {
        /// Every id it names must be a requirement (`owner` names the entry).
        pub(crate) fn check(&self, owner: &str, names: &Names, problems: &mut Problems) {
            for (field, ids) in [("any", &self.any), ("all", &self.all), ("none", &self.none)] {
                for id in ids {
                    if names.requirement(id).is_none() {
                        problems.push(format!(
                            "{owner}: `when.{field}` names unknown requirement `{id}`"
                        ));
                    }
                }
            }
        }

        /// True when it names no requirement.
        pub fn is_empty(&self) -> bool {
            self.any.is_empty() && self.all.is_empty() && self.none.is_empty()
        }

        pub(crate) fn lower(&self, names: &Names) -> super::When {
            super::When {
                any: names.requirements(&self.any),
                all: names.requirements(&self.all),
                none: names.requirements(&self.none),
                in_context: self.in_context,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Facts, When};
    use crate::RequirementSet;

    const fn set(bits: u32) -> RequirementSet {
        RequirementSet::from_bits(bits)
    }

    #[test]
    fn any_all_and_none_are_read_against_what_decides() {
        let when = When {
            any: set(0b0011),
            all: set(0b0100),
            none: set(0b1000),
            in_context: false,
        };
        // One of `any` and all of `all`: holds, and names the match.
        assert_eq!(when.matches(Facts::deciding(set(0b0110))), set(0b0010));
        // `all` missing, or one of `none` present: does not hold.
        assert!(!when.holds(Facts::deciding(set(0b0010))));
        assert!(!when.holds(Facts::deciding(set(0b1110))));
        // No condition: every candidate matches, and nothing without one.
        assert_eq!(
            When::default().matches(Facts::deciding(set(0b101))),
            set(0b101)
        );
        assert!(!When::default().holds(Facts::deciding(set(0))));
        assert!(When::default().is_always());
    }

    #[test]
    fn in_context_counts_only_requirements_whose_context_applies() {
        let when = When {
            any: set(0b01),
            in_context: true,
            ..When::default()
        };
        let facts = Facts {
            candidates: set(0b11),
            in_context: set(0b10),
            scope: set(0b11),
        };
        assert!(!when.holds(facts));
        assert!(when.holds(Facts {
            in_context: set(0b01),
            ..facts
        }));
    }

    #[test]
    fn all_and_none_see_the_scope_not_only_the_candidates() {
        // A split's service step: `any` among the service's parts, `all`
        // anywhere in the project.
        let when = When {
            any: set(0b01),
            all: set(0b10),
            ..When::default()
        };
        let facts = Facts {
            candidates: set(0b01),
            in_context: set(0),
            scope: set(0b11),
        };
        assert!(when.holds(facts));
    }
}
