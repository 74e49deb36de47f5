//! The headings requirements are grouped under: the table, how it is written
//! in `knowledge.toml` (feature `schema`), its rules and its lowering.

use crate::table;

table! {
    /// A heading that requirements are grouped under.
    #[derive(Debug, PartialEq, Eq)]
    pub struct Group {
        /// Stable identifier.
        pub id: &'static str,
        /// Heading shown to the reader.
        pub title: &'static str,
        /// Its requirements are traits of the team or the workload, not needs.
        pub traits: bool,
    }
}

/// How groups are written in `knowledge.toml`, checked and lowered.
#[cfg(feature = "schema")]
pub mod source {
    use crate::requirement::source::Requirement;
    use crate::schema::{check_text, Names, Problems};
    use serde::Deserialize;

    /// A heading for requirements.
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Group {
        /// Stable id that requirements refer to.
        pub id: String,
        /// Heading shown above the group.
        pub title: String,
        /// Its requirements are traits of the team or the workload, not needs.
        #[serde(default)]
        pub traits: bool,
    }

    impl Group {
        /// Checks the group; `requirements` are all the knowledge base's.
        pub(crate) fn check(&self, requirements: &[Requirement], problems: &mut Problems) {
            check_text("group", &self.id, "title", &self.title, problems);
            if !requirements.iter().any(|r| r.group == self.id) {
                problems.push(format!("group `{}`: has no requirements", self.id));
            }
        }

        /// The group as the engine's table holds it.
        pub(crate) fn lower(&self, names: &Names) -> super::Group {
            super::Group {
                id: names.text(&self.id),
                title: names.text(&self.title),
                traits: self.traits,
            }
        }
    }
}
