//! Example scenarios and the verdicts they must give: the table, how it is
//! written in `knowledge.toml` (feature `schema`), its rules and its lowering.

use crate::table;

/// The verdict without its details: what the engine answers, what a scenario
/// expects and what "what would change the answer" compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerdictKind {
    /// Nothing decisive yet.
    NoClearWinner,
    /// Django fits best.
    Django,
    /// FastAPI fits best.
    FastApi,
    /// Use both, split by part.
    Both,
}

impl VerdictKind {
    /// Its stable machine name (`none`, `django`, `fastapi`, `both`): the
    /// `verdict` of the embed's events and the result's `data-verdict`.
    pub const fn id(self) -> &'static str {
        match self {
            VerdictKind::NoClearWinner => "none",
            VerdictKind::Django => "django",
            VerdictKind::FastApi => "fastapi",
            VerdictKind::Both => "both",
        }
    }
}

#[cfg(feature = "schema")]
impl crate::bake::Bake for VerdictKind {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("VerdictKind::{self:?}"));
    }
}

table! {
    /// An example scenario the reader can start from; `S` is the engine's
    /// selection type (the knowledge crate does not know how many
    /// requirements there are).
    #[derive(Debug, PartialEq, Eq)]
    pub struct Preset<S> {
        /// Stable identifier, used by the `preset` attribute.
        pub id: &'static str,
        /// Short name.
        pub title: &'static str,
        /// One sentence describing the project.
        pub story: &'static str,
        /// The verdict the story implies (checked by the tests).
        pub expected: VerdictKind,
        /// The requirements the scenario switches on.
        pub selection: S,
        /// A first step of the scenario's own, beyond what its requirements
        /// bring (tenancy for a multi-tenant SaaS), shown while the reader
        /// keeps the scenario as it is.
        pub step: Option<&'static str>,
    }
}

/// How scenarios are written in `knowledge.toml`, checked and lowered.
#[cfg(feature = "schema")]
pub mod source {
    use crate::schema::{check_text, Names, Problems};
    use crate::Importance;
    use serde::Deserialize;
    use std::collections::HashSet;

    /// An example scenario.
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Preset {
        /// Stable id used by the `preset` attribute.
        pub id: String,
        /// Button title.
        pub title: String,
        /// One-line description of the project.
        pub story: String,
        /// The verdict it must produce.
        pub expected: Expected,
        /// Its requirements in the compact link form (`admin!,orm,io?`).
        pub requirements: String,
        /// Optional: a first step of its own (one line, no package brackets).
        pub step: Option<String>,
    }

    /// A verdict a preset may expect.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Expected {
        /// Django fits.
        Django,
        /// FastAPI fits.
        Fastapi,
        /// A Django web app plus a FastAPI service.
        Both,
        /// No clear winner.
        None,
    }

    impl Expected {
        /// The verdict kind it expects.
        pub fn kind(self) -> super::VerdictKind {
            match self {
                Expected::Django => super::VerdictKind::Django,
                Expected::Fastapi => super::VerdictKind::FastApi,
                Expected::Both => super::VerdictKind::Both,
                Expected::None => super::VerdictKind::NoClearWinner,
            }
        }
    }

    /// A scenario's levels, one per requirement, baked as the engine's
    /// `Selection::from_levels([…])`.
    #[derive(Debug)]
    pub struct Levels(pub Vec<Importance>);

    impl crate::bake::Bake for Levels {
        fn bake(&self, out: &mut String) {
            out.push_str("Selection::from_levels(");
            crate::bake::bake_items(&self.0, out);
            out.push(')');
        }
    }

    impl Preset {
        /// The rules of one scenario.
        pub(crate) fn check(
            &self,
            names: &Names,
            excludes: &dyn Fn(&str, &str) -> bool,
            problems: &mut Problems,
        ) {
            let id = self.id.as_str();
            check_text("preset", id, "title", &self.title, problems);
            check_text("preset", id, "story", &self.story, problems);
            let mut used = Vec::new();
            let mut seen = HashSet::new();
            for token in self.requirements.split(',').filter(|t| !t.is_empty()) {
                match Importance::parse_token(token) {
                    Some((req, _)) if names.requirement(req).is_none() => problems.push(format!(
                        "preset `{id}`: refers to unknown requirement `{req}`"
                    )),
                    Some((req, _)) if !seen.insert(req) => {
                        problems.push(format!("preset `{id}`: lists requirement `{req}` twice"))
                    }
                    Some((req, _)) => used.push(req),
                    None => problems.push(format!("preset `{id}`: malformed entry `{token}`")),
                }
            }
            for a in &used {
                for b in &used {
                    if excludes(a, b) {
                        problems.push(format!("preset `{id}`: `{a}` contradicts `{b}`"));
                    }
                }
            }
        }

        /// The importance each requirement gets, in requirement order.
        pub fn levels(&self, names: &Names) -> Vec<Importance> {
            let mut levels = vec![Importance::Off; names.requirement_count()];
            for token in self.requirements.split(',') {
                if let Some((req, level)) = Importance::parse_token(token) {
                    if let Some(i) = names.requirement(req) {
                        levels[i] = level;
                    }
                }
            }
            levels
        }

        pub(crate) fn lower(&self, names: &Names) -> super::Preset<Levels> {
            super::Preset {
                id: names.text(&self.id),
                title: names.text(&self.title),
                story: names.text(&self.story),
                expected: self.expected.kind(),
                selection: Levels(self.levels(names)),
                step: names.text_opt(self.step.as_deref()),
            }
        }
    }
}
