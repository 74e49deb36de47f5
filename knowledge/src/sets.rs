//! Small sets of table entries, as bits: which requirements a condition or a
//! split names, which packages a line installs.

/// A set of requirement indices (the knowledge base has at most 32).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RequirementSet(u32);

impl RequirementSet {
    /// The set with these bits (bit `i` is requirement `i`).
    pub const fn from_bits(bits: u32) -> Self {
        RequirementSet(bits)
    }

    /// Its bits (bit `i` is requirement `i`).
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Adds requirement `index`.
    pub fn insert(&mut self, index: usize) {
        self.0 |= 1 << index;
    }

    /// True when requirement `index` is in the set.
    pub const fn contains(&self, index: usize) -> bool {
        self.0 & (1 << index) != 0
    }

    /// True when the set is empty.
    pub const fn is_empty(&self) -> bool {
        self.0 == 0
    }
}

/// A set of packages (bit `i` is package `i` of the knowledge base).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PackageSet(u64);

impl PackageSet {
    /// The set with these bits.
    pub const fn from_bits(bits: u64) -> Self {
        PackageSet(bits)
    }

    /// The union of two sets.
    pub const fn union(self, other: PackageSet) -> Self {
        PackageSet(self.0 | other.0)
    }

    /// True when the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Its bits (bit `i` is package `i`).
    pub const fn bits(self) -> u64 {
        self.0
    }
}

#[cfg(feature = "schema")]
impl crate::bake::Bake for RequirementSet {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("RequirementSet::from_bits({:#x})", self.0));
    }
}

#[cfg(feature = "schema")]
impl crate::bake::Bake for PackageSet {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("PackageSet::from_bits({:#x})", self.0));
    }
}
