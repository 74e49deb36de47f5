//! How much a reader cares about one requirement, and its one-character
//! spelling in the compact form (`id!` must-have, `id` important, `id?` nice).
//!
//! The presets in `knowledge.toml` use the same compact form as links, so the
//! validator and the engine share this one definition.

/// How much one requirement matters to the reader's project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Importance {
    /// Not a requirement of this project.
    #[default]
    Off,
    /// Welcome but not decisive.
    Nice,
    /// Clearly wanted; the level a requirement gets when switched on.
    Important,
    /// Non-negotiable.
    Must,
}

impl Importance {
    /// All levels, from off to must-have.
    pub const ALL: [Importance; 4] = [
        Importance::Off,
        Importance::Nice,
        Importance::Important,
        Importance::Must,
    ];

    /// The levels a requirement that is on can take, weakest first.
    pub const ON_LEVELS: [Importance; 3] =
        [Importance::Nice, Importance::Important, Importance::Must];

    /// Position on the off → must-have scale (0 to 3).
    pub const fn rank(self) -> u8 {
        self as u8
    }

    /// Scoring weight: nice 1, important 2, must-have 4 (off 0).
    pub const fn weight(self) -> u8 {
        match self {
            Importance::Off => 0,
            Importance::Nice => 1,
            Importance::Important => 2,
            Importance::Must => 4,
        }
    }

    /// Its stable machine name (`off`, `nice`, `important`, `must`), as in the
    /// `requirements` of the embed's events.
    pub const fn id(self) -> &'static str {
        match self {
            Importance::Off => "off",
            Importance::Nice => "nice",
            Importance::Important => "important",
            Importance::Must => "must",
        }
    }

    /// Suffix in the compact form; `None` for off (off requirements are omitted).
    pub const fn suffix(self) -> Option<&'static str> {
        match self {
            Importance::Off => None,
            Importance::Nice => Some("?"),
            Importance::Important => Some(""),
            Importance::Must => Some("!"),
        }
    }

    /// Splits one compact token (`admin!`, `orm`, `io?`) into its id and level.
    /// Returns `None` for an empty id.
    pub fn parse_token(token: &str) -> Option<(&str, Importance)> {
        let (id, level) = if let Some(id) = token.strip_suffix('!') {
            (id, Importance::Must)
        } else if let Some(id) = token.strip_suffix('?') {
            (id, Importance::Nice)
        } else {
            (token, Importance::Important)
        };
        (!id.is_empty()).then_some((id, level))
    }
}
