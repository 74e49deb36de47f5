//! Requirements: the table the engine scores, how it is
//! written in `knowledge.toml` (feature `schema`), the rules it must follow,
//! and how build.rs turns one into the other. A field is declared here once
//! for the table and once for the TOML, and the lowering names both.

use crate::{table, vocabulary, PlanText, RequirementSet, Side, When};

vocabulary! {
    /// The part a requirement plays in the "use both" rule.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Role {
        /// Makes the project a Django web application (pages, a staff admin).
        WebApp,
        /// A part that can run as a service of its own (model inference, live
        /// connections, an API).
        Service,
    }
}

vocabulary! {
    /// When a service part is split off into a service of its own.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Separable {
        /// As a must-have it has reasons of its own to run apart (model
        /// libraries, hardware, scaling).
        Intrinsic,
        /// Only when the traffic is a must-have, or the part must deploy and
        /// scale on its own.
        AtScale,
    }
}

vocabulary! {
    /// What kind of evidence a requirement is.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Evidence {
        /// A need of the project itself.
        Technical,
        /// What the team already knows: it weighs between workable options but
        /// never makes a firm answer on its own.
        Team,
    }
}

table! {
    /// A weaker pull of a requirement in some context, and why.
    #[derive(Debug, PartialEq, Eq)]
    pub struct Context {
        /// When it applies.
        pub when: When,
        /// The strength in that context, when it is weaker there.
        pub strength: Option<u8>,
        /// The other framework covers it here even as a must-have, so a
        /// must-have in this context does not keep a verdict a lean (false
        /// for high traffic beside pages: a hard constraint stays a pull).
        pub covered: bool,
        /// Why, as a clause for the reader (lowercase, no final stop).
        pub note: &'static str,
        /// The stack line in this context, per framework (Django, FastAPI).
        pub on: [Option<PlanText>; 2],
    }
}

table! {
    /// One thing a project may need.
    #[derive(Debug, PartialEq, Eq)]
    pub struct Requirement {
        /// Stable identifier, used in links and the `requirements` attribute.
        pub id: &'static str,
        /// Index into the groups.
        pub group: usize,
        /// Short label the reader switches on.
        pub label: &'static str,
        /// One sentence on why it matters for the choice.
        pub why: &'static str,
        /// Which framework it pulls towards; `None` for a workload fact
        /// (CPU-heavy work, a part deployed on its own), which changes how
        /// others count instead.
        pub lean: Option<Side>,
        /// How hard it pulls: 1 slight, 2 clear, 3 strong.
        pub strength: u8,
        /// How a project covers this need when the other framework is chosen;
        /// `None` only for neutral requirements.
        pub covered_by: Option<&'static str>,
        /// The part of the system this is, as named in a split.
        pub part: Option<&'static str>,
        /// Its part in the "use both" rule, if any.
        pub role: Option<Role>,
        /// For a service part: when it splits off.
        pub separable: Option<Separable>,
        /// For a service part: why it runs apart (a clause used mid-sentence).
        pub split_reason: Option<&'static str>,
        /// A technical need or team experience.
        pub evidence: Evidence,
        /// Its advantage comes from async I/O and shrinks for CPU-bound work.
        pub async_sensitive: bool,
        /// It is the project's traffic: as a must-have it makes at-scale parts separable.
        pub traffic: bool,
        /// On Django it needs an ASGI server (Channels, async views).
        pub asgi: bool,
        /// It shrinks every async-sensitive advantage (CPU-bound work).
        pub narrows_async: bool,
        /// It says a part must deploy and scale on its own.
        pub separates: bool,
        /// A weaker pull in some context.
        pub context: Option<Context>,
        /// Requirements a project with this one plausibly also needs: the only
        /// additions "if the project also needed" offers.
        pub companions: RequirementSet,
        /// Whether it may be offered as an addition at all.
        pub suggest: bool,
        /// The other framework's answer to it is routine (a mature, standard
        /// package): for a team that knows that framework it is no pull
        /// against it.
        pub routine_for_other: bool,
        /// The need in running text ("a staff admin").
        pub noun: &'static str,
        /// What decides it when its side wins: what that framework ships and what
        /// the other would need. `None` only for workload facts.
        pub ships: Option<&'static str>,
        /// The stack line that covers it, per framework (Django, FastAPI).
        pub on: [Option<PlanText>; 2],
        /// The trade-off it brings, per framework.
        pub risk_on: [Option<&'static str>; 2],
        /// When to reopen the decision because of it, per framework (a clause).
        pub revisit_on: [Option<&'static str>; 2],
        /// Requirements it contradicts (in both directions): never suggested as
        /// additions while this one is on.
        pub excludes: RequirementSet,
    }
}

/// How requirements are written in `knowledge.toml`, checked and
/// lowered into the tables above.
#[cfg(feature = "schema")]
pub mod source {
    use crate::schema::{check_clause, check_text, Names, Problems};
    use serde::Deserialize;

    /// Which framework a requirement pulls towards.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Lean {
        /// Counts for Django.
        Django,
        /// Counts for FastAPI.
        Fastapi,
        /// Counts for neither; may change how others count (e.g. CPU-heavy work).
        Neutral,
    }

    /// The part a requirement plays in the "use both" rule.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum Role {
        /// `web-app` (django only): makes the project a Django web application.
        WebApp,
        /// `service` (fastapi only): a part that can run as a service of its own.
        Service,
    }

    /// When a service part is split off into its own service.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum Separable {
        /// As a must-have it has its own reasons to run apart (libraries, hardware).
        Intrinsic,
        /// Only when the traffic is a must-have or the part must deploy on its own.
        AtScale,
    }

    /// What kind of evidence a requirement is.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Evidence {
        /// A need of the project itself.
        #[default]
        Technical,
        /// What the team already knows.
        Team,
    }

    /// A text of a requirement that can state facts beyond the source article.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Text {
        /// The requirement's label.
        Label,
        /// Its one-line explanation.
        Why,
        /// How the other framework covers it.
        CoveredBy,
    }

    /// A weaker pull in a given context, with what the reader is told about it.
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Context {
        /// When it applies: `any` of its requirements decides (and `none`
        /// of the others).
        pub when: crate::when::source::When,
        /// The strength in that context (below the requirement's own); absent
        /// when only the stack line and the note change.
        pub strength: Option<i64>,
        /// False when a must-have in this context still keeps the other side
        /// from a firm answer (a hard constraint the context only softens).
        #[serde(default = "yes")]
        pub covered: bool,
        /// Why, as a clause used mid-sentence (starts lowercase, no final stop).
        pub note: String,
        /// The Django stack line in that context.
        pub on_django: Option<String>,
        /// The FastAPI stack line in that context.
        pub on_fastapi: Option<String>,
    }

    /// One requirement a project may have.
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Requirement {
        /// Stable id used in links, presets and attributes; never change it.
        pub id: String,
        /// Id of the group it is listed under.
        pub group: String,
        /// Short label on its switch.
        pub label: String,
        /// One line on why it matters, shown under the label.
        pub why: String,
        /// The framework it favours.
        pub lean: Lean,
        /// How strongly it favours that framework (1–3; 1 for neutral).
        pub strength: i64,
        /// How a project covers it when the other framework wins (required
        /// unless neutral).
        pub covered_by: Option<String>,
        /// The part of the system it names in a "use both" split (lowercase).
        pub part: Option<String>,
        /// Its part in the "use both" rule, if any (needs a `part`).
        pub role: Option<Role>,
        /// For a service part: when it splits off.
        pub separable: Option<Separable>,
        /// For a service part: why it runs apart (used mid-sentence).
        pub split_reason: Option<String>,
        /// Technical need or team experience.
        #[serde(default)]
        pub evidence: Evidence,
        /// Fastapi only: the advantage comes from async I/O, so it shrinks
        /// when the work is CPU-bound.
        #[serde(default)]
        pub async_sensitive: bool,
        /// This is the project's traffic (as a must-have it makes at-scale
        /// parts separable).
        #[serde(default)]
        pub traffic: bool,
        /// On Django it needs an ASGI server (Channels, async views).
        #[serde(default)]
        pub asgi: bool,
        /// Neutral only: shrinks every async-sensitive advantage.
        #[serde(default)]
        pub narrows_async: bool,
        /// Neutral only: a part must deploy and scale on its own.
        #[serde(default)]
        pub separates: bool,
        /// A weaker pull in some context (a part that is split off keeps its
        /// full strength).
        pub context: Option<Context>,
        /// Requirements a project with this one plausibly also needs; "if the
        /// project also needed" offers only those.
        #[serde(default)]
        pub companions: Vec<String>,
        /// False keeps it out of suggested additions (team traits and workload
        /// facts are not things a project "also needs").
        #[serde(default = "yes")]
        pub suggest: bool,
        /// The other framework's answer is a mature, standard package (Django
        /// Ninja for an API, SQLAlchemy with Alembic for migrations): a team
        /// that knows that framework does not count it against it.
        #[serde(default)]
        pub routine_for_other: bool,
        /// Ids of requirements a project cannot also have.
        #[serde(default)]
        pub excludes: Vec<String>,
        /// The need in running text ("a staff admin").
        pub noun: String,
        /// What decides it when its side wins (not for neutral ones).
        pub ships: Option<String>,
        /// The stack line that covers it on Django.
        pub on_django: Option<String>,
        /// The stack line that covers it on FastAPI.
        pub on_fastapi: Option<String>,
        /// The trade-off it brings on Django.
        pub risk_on_django: Option<String>,
        /// The trade-off it brings on FastAPI.
        pub risk_on_fastapi: Option<String>,
        /// When to reopen a Django decision because of it (mid-sentence).
        pub revisit_on_django: Option<String>,
        /// When to reopen a FastAPI decision because of it (mid-sentence).
        pub revisit_on_fastapi: Option<String>,
        /// Texts that go beyond the source article (general knowledge); kept for
        /// reviewers, never shown to readers.
        #[serde(default)]
        pub beyond_article: Vec<Text>,
    }

    fn yes() -> bool {
        true
    }

    impl Requirement {
        /// Every rule of one requirement.
        pub(crate) fn check(&self, names: &Names, problems: &mut Problems) {
            let id = self.id.as_str();
            check_text("requirement", id, "label", &self.label, problems);
            check_text("requirement", id, "why", &self.why, problems);
            check_text("requirement", id, "noun", &self.noun, problems);
            if !names.has_group(&self.group) {
                problems.push(format!(
                    "requirement `{id}`: unknown group `{}`",
                    self.group
                ));
            }
            if !(1..=3).contains(&self.strength) {
                problems.push(format!(
                    "requirement `{id}`: strength {} is outside 1..=3",
                    self.strength
                ));
            }
            self.check_lean(problems);
            if let Some(text) = &self.covered_by {
                check_text("requirement", id, "covered_by", text, problems);
            }
            if let Some(part) = &self.part {
                check_text("requirement", id, "part", part, problems);
                if part.starts_with(|c: char| c.is_uppercase()) {
                    problems.push(format!(
                        "requirement `{id}`: part must start lowercase (it is used mid-sentence)"
                    ));
                }
            }
            if self.beyond_article.contains(&Text::CoveredBy) && self.covered_by.is_none() {
                problems.push(format!(
                    "requirement `{id}`: beyond_article names `covered_by`, which it does not have"
                ));
            }
            for other in &self.excludes {
                if other == id {
                    problems.push(format!("requirement `{id}`: excludes itself"));
                } else if names.requirement(other).is_none() {
                    problems.push(format!(
                        "requirement `{id}`: excludes unknown requirement `{other}`"
                    ));
                }
            }
            let mut refers = |field: &str, others: &[String]| {
                for other in others {
                    if other == id {
                        problems.push(format!("requirement `{id}`: `{field}` names itself"));
                    } else if names.requirement(other).is_none() {
                        problems.push(format!(
                            "requirement `{id}`: `{field}` names unknown requirement `{other}`"
                        ));
                    }
                }
            };
            refers("companions", &self.companions);
            if let Some(context) = &self.context {
                for (field, ids) in [
                    ("context.when.any", &context.when.any),
                    ("context.when.none", &context.when.none),
                ] {
                    refers(field, ids);
                }
                check_clause("requirement", id, "context.note", &context.note, problems);
            }
            if let Some(text) = &self.split_reason {
                check_clause("requirement", id, "split_reason", text, problems);
            }
            if self.lean != Lean::Neutral && self.ships.is_none() {
                problems.push(format!(
                    "requirement `{id}`: needs `ships`: what decides it when its side wins"
                ));
            }
            for (field, text) in [
                ("revisit_on_django", &self.revisit_on_django),
                ("revisit_on_fastapi", &self.revisit_on_fastapi),
            ] {
                if let Some(text) = text {
                    check_clause("requirement", id, field, text, problems);
                }
            }
        }

        /// The rules that tie a requirement's lean to its other fields.
        fn check_lean(&self, problems: &mut Problems) {
            let id = self.id.as_str();
            let mut problem = |text: &str| problems.push(format!("requirement `{id}`: {text}"));
            match self.lean {
                Lean::Django | Lean::Fastapi => {
                    if self.narrows_async || self.separates {
                        problem(
                            "only a neutral requirement can narrow async advantages or separate a part",
                        );
                    }
                    if self.covered_by.is_none() {
                        problem(
                            "needs `covered_by`: how a project on the other framework covers it",
                        );
                    }
                }
                Lean::Neutral => {
                    if self.narrows_async == self.separates {
                        problem(
                            "a neutral requirement must either narrow async advantages or separate a part",
                        );
                    }
                    if self.part.is_some() || self.role.is_some() || self.covered_by.is_some() {
                        problem("a neutral requirement cannot name a part, a role or `covered_by`");
                    }
                    if self.evidence == Evidence::Team {
                        problem("team experience must lean towards the framework the team knows");
                    }
                }
            }
            if self.async_sensitive && self.lean != Lean::Fastapi {
                problem("only a fastapi-leaning requirement can be async_sensitive");
            }
            if self.evidence == Evidence::Team && (self.role.is_some() || self.context.is_some()) {
                problem("team experience cannot have a role or a context");
            }
            match self.role {
                Some(Role::WebApp) if self.lean != Lean::Django => {
                    problem("role `web-app` needs lean `django`")
                }
                Some(Role::Service) if self.lean != Lean::Fastapi => {
                    problem("role `service` needs lean `fastapi`")
                }
                Some(Role::Service) if self.separable.is_none() || self.split_reason.is_none() => {
                    problem("role `service` needs `separable` and `split_reason`")
                }
                Some(_) if self.part.is_none() => {
                    problem("a requirement with a role needs a `part`")
                }
                _ => {}
            }
            if self.role != Some(Role::Service)
                && (self.separable.is_some() || self.split_reason.is_some())
            {
                problem("only role `service` has `separable` and `split_reason`");
            }
            if let Some(context) = &self.context {
                if context
                    .strength
                    .is_some_and(|strength| !(1..self.strength).contains(&strength))
                {
                    problem(
                        "a context's strength must be at least 1 and below the requirement's own",
                    );
                }
                if context.when.any.is_empty() {
                    problem("a context needs `when.any`");
                }
                if !context.when.all.is_empty() || context.when.in_context {
                    problem("a context's `when` has only `any` and `none`");
                }
            }
        }

        /// The texts that may name packages, by field, for the package checks.
        pub(crate) fn texts(&self) -> Vec<(&'static str, &str)> {
            let mut texts = vec![("why", self.why.as_str())];
            let optional = [
                ("covered_by", &self.covered_by),
                ("ships", &self.ships),
                ("on_django", &self.on_django),
                ("on_fastapi", &self.on_fastapi),
                ("risk_on_django", &self.risk_on_django),
                ("risk_on_fastapi", &self.risk_on_fastapi),
                ("revisit_on_django", &self.revisit_on_django),
                ("revisit_on_fastapi", &self.revisit_on_fastapi),
            ];
            texts.extend(
                optional
                    .into_iter()
                    .filter_map(|(f, t)| Some((f, t.as_deref()?))),
            );
            if let Some(c) = &self.context {
                texts.push(("context.note", c.note.as_str()));
                for (field, text) in [
                    ("context.on_django", &c.on_django),
                    ("context.on_fastapi", &c.on_fastapi),
                ] {
                    texts.extend(text.as_deref().map(|t| (field, t)));
                }
            }
            texts
        }

        /// The requirement as the engine's table holds it; `index` is its
        /// position in the knowledge base.
        pub(crate) fn lower(
            &self,
            index: usize,
            all: &[Requirement],
            names: &Names,
        ) -> super::Requirement {
            let lean = match self.lean {
                Lean::Django => Some(crate::Side::Django),
                Lean::Fastapi => Some(crate::Side::FastApi),
                Lean::Neutral => None,
            };
            // A contradiction holds both ways, even when written on one side.
            let mut excludes = crate::RequirementSet::default();
            for (other, r) in all.iter().enumerate() {
                if other != index
                    && (r.excludes.contains(&self.id) || self.excludes.contains(&r.id))
                {
                    excludes.insert(other);
                }
            }
            super::Requirement {
                id: names.text(&self.id),
                group: names.group(&self.group),
                label: names.text(&self.label),
                why: names.plain(&self.why),
                lean,
                strength: self.strength as u8,
                covered_by: names.plain_opt(self.covered_by.as_deref()),
                part: names.text_opt(self.part.as_deref()),
                role: self.role.map(|role| match role {
                    Role::WebApp => super::Role::WebApp,
                    Role::Service => super::Role::Service,
                }),
                separable: self.separable.map(|s| match s {
                    Separable::Intrinsic => super::Separable::Intrinsic,
                    Separable::AtScale => super::Separable::AtScale,
                }),
                split_reason: names.text_opt(self.split_reason.as_deref()),
                evidence: match self.evidence {
                    Evidence::Technical => super::Evidence::Technical,
                    Evidence::Team => super::Evidence::Team,
                },
                async_sensitive: self.async_sensitive,
                traffic: self.traffic,
                asgi: self.asgi,
                narrows_async: self.narrows_async,
                separates: self.separates,
                context: self.context.as_ref().map(|c| super::Context {
                    when: c.when.lower(names),
                    strength: c.strength.map(|s| s as u8),
                    covered: c.covered,
                    note: names.plain(&c.note),
                    on: [
                        names.plan_text_opt(c.on_django.as_deref()),
                        names.plan_text_opt(c.on_fastapi.as_deref()),
                    ],
                }),
                companions: names.requirements(&self.companions),
                suggest: self.suggest,
                routine_for_other: self.routine_for_other,
                excludes,
                noun: names.text(&self.noun),
                ships: names.plain_opt(self.ships.as_deref()),
                on: [
                    names.plan_text_opt(self.on_django.as_deref()),
                    names.plan_text_opt(self.on_fastapi.as_deref()),
                ],
                risk_on: [
                    names.plain_opt(self.risk_on_django.as_deref()),
                    names.plain_opt(self.risk_on_fastapi.as_deref()),
                ],
                revisit_on: [
                    names.plain_opt(self.revisit_on_django.as_deref()),
                    names.plain_opt(self.revisit_on_fastapi.as_deref()),
                ],
            }
        }
    }
}
