//! The two frameworks as the two sides of every weighing: what a requirement
//! pulls towards, which way a verdict goes, which stack a plan line is for.

use crate::vocabulary;
use core::ops::{Index, IndexMut};

vocabulary! {
    /// One of the two frameworks.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Side {
        /// Django.
        Django = 0,
        /// FastAPI.
        FastApi = 1,
    }
}

impl Side {
    /// Both sides, Django first (the order of every per-side pair).
    pub const BOTH: [Side; 2] = [Side::Django, Side::FastApi];

    /// The other framework.
    pub const fn other(self) -> Side {
        match self {
            Side::Django => Side::FastApi,
            Side::FastApi => Side::Django,
        }
    }

    /// The framework's name as readers write it.
    pub const fn name(self) -> &'static str {
        match self {
            Side::Django => "Django",
            Side::FastApi => "FastAPI",
        }
    }

    /// Its stable machine name (`django`, `fastapi`).
    pub const fn id(self) -> &'static str {
        match self {
            Side::Django => "django",
            Side::FastApi => "fastapi",
        }
    }
}

/// A pair of values, one per side, indexed by [`Side`].
impl<T> Index<Side> for [T; 2] {
    type Output = T;
    fn index(&self, side: Side) -> &T {
        &self[side as usize]
    }
}

impl<T> IndexMut<Side> for [T; 2] {
    fn index_mut(&mut self, side: Side) -> &mut T {
        &mut self[side as usize]
    }
}
