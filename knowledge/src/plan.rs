//! The plan's tables: packages, the base of each stack, the first steps, the
//! contract of a split and what the plan says while there is no clear winner;
//! how they are written in `knowledge.toml` (feature `schema`), their rules,
//! and their lowering.
//!
//! Texts name packages in brackets: `[Name]` is part of the stack and goes
//! into the install line, `[Name?]` is mentioned only (an alternative), and
//! brackets inside `code` are code. Every bracketed name needs a package
//! record; `bash scripts/check-packages.sh` checks the records against PyPI.

use crate::{table, vocabulary, PackageSet, Side, When};

table! {
    /// A line of the plan and the packages it installs.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PlanText {
        /// What the reader sees.
        pub text: &'static str,
        /// The packages it puts into the install line.
        pub installs: PackageSet,
        /// A stack line for what the framework ships (written `built in: …`
        /// in the TOML): the plan lists these together on one line.
        pub built_in: bool,
    }
}

table! {
    /// A package the plan names, as on PyPI (the knowledge base records when
    /// each was last checked; `scripts/check-packages.sh` checks again).
    #[derive(Debug, PartialEq, Eq)]
    pub struct Package {
        /// Its name on PyPI.
        pub name: &'static str,
        /// What the install line says, e.g. `psycopg[binary,pool]`.
        pub install: &'static str,
        /// The packages its install line brings along (FastAPI's standard
        /// extra brings Uvicorn and httpx): left off a line that has it.
        pub brings: PackageSet,
    }
}

vocabulary! {
    /// Which stack a plan is for.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Stack {
        /// A Django project.
        Django = 0,
        /// A FastAPI project.
        FastApi = 1,
        /// A Django web application plus a FastAPI service.
        Both = 2,
    }
}

impl From<Side> for Stack {
    fn from(side: Side) -> Stack {
        match side {
            Side::Django => Stack::Django,
            Side::FastApi => Stack::FastApi,
        }
    }
}

table! {
    /// The base of a stack.
    #[derive(Debug, PartialEq, Eq)]
    pub struct Framework {
        /// The stack's first line.
        pub stack: PlanText,
        /// The server line (for the split: the calls between the parts).
        pub server: PlanText,
        /// Django only: the server line when something needs ASGI.
        pub server_async: Option<PlanText>,
        /// The trade-off it always brings.
        pub risk: &'static str,
        /// When to reopen the decision (a clause).
        pub revisit: &'static str,
    }
}

vocabulary! {
    /// Where a step goes in the list.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Place {
        /// The first step.
        First,
        /// In between, when one of its requirements is chosen.
        Middle,
        /// The last step.
        Last,
    }
}

table! {
    /// One first step of a stack.
    #[derive(Debug, PartialEq, Eq)]
    pub struct Step {
        /// The stack it belongs to.
        pub stack: Stack,
        /// Its place in the list.
        pub place: Place,
        /// When it is taken (a first step, and the last step that is taken
        /// when no other matches, have no condition).
        pub when: When,
        /// A split's step in the service: its packages install there.
        pub service: bool,
        /// Comes after the other middle steps.
        pub gives_way: bool,
        /// The step.
        pub text: PlanText,
    }
}

table! {
    /// What the plan says while there is no clear winner.
    #[derive(Debug, PartialEq, Eq)]
    pub struct UndecidedPlan {
        /// The stack line when there is too little to go on.
        pub too_little_stack: &'static str,
        /// Steps then.
        pub too_little_steps: &'static [&'static str],
        /// The risk then.
        pub too_little_risk: &'static str,
        /// When to revisit then (a clause).
        pub too_little_revisit: &'static str,
        /// The stack line when only the load or the team is known.
        pub workload_stack: &'static str,
        /// Steps then.
        pub workload_steps: &'static [&'static str],
        /// The risk then.
        pub workload_risk: &'static str,
        /// When to revisit then (a clause).
        pub workload_revisit: &'static str,
        /// Steps when both frameworks would serve the project.
        pub balanced_steps: &'static [&'static str],
        /// The risk then.
        pub balanced_risk: &'static str,
        /// When to revisit then (a clause).
        pub balanced_revisit: &'static str,
    }
}

/// How the plan is written in `knowledge.toml`, checked and lowered.
#[cfg(feature = "schema")]
pub mod source {
    use crate::schema::{check_clause, check_text, Names, Problems};
    use serde::Deserialize;

    /// The base of a stack.
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Framework {
        /// `django`, `fastapi` or `both` (the split: `stack` is the service's
        /// trust line, `server` the web app's calls to it).
        pub id: FrameworkId,
        /// The stack's first line.
        pub stack: String,
        /// The server line (for the split: the calls between the parts).
        pub server: String,
        /// Django only: the server line when something needs ASGI.
        pub server_async: Option<String>,
        /// The trade-off it always brings.
        pub risk: String,
        /// When to reopen the decision (mid-sentence).
        pub revisit: String,
    }

    /// Which stack a framework entry or a step belongs to.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum FrameworkId {
        /// A Django project.
        Django,
        /// A FastAPI project.
        Fastapi,
        /// A Django web app plus a FastAPI service.
        Both,
    }

    impl FrameworkId {
        /// Every stack, in the order of the engine's table.
        pub const ALL: [FrameworkId; 3] =
            [FrameworkId::Django, FrameworkId::Fastapi, FrameworkId::Both];

        /// Its name in the TOML.
        pub fn name(self) -> &'static str {
            match self {
                FrameworkId::Django => "django",
                FrameworkId::Fastapi => "fastapi",
                FrameworkId::Both => "both",
            }
        }

        fn lower(self) -> super::Stack {
            match self {
                FrameworkId::Django => super::Stack::Django,
                FrameworkId::Fastapi => super::Stack::FastApi,
                FrameworkId::Both => super::Stack::Both,
            }
        }
    }

    /// Where a step goes in the list: a plan has the first step, up to three
    /// middle steps whose `when` matches, and one last step (the first with a
    /// `when` that matches, else the one without).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Place {
        /// The first step.
        First,
        /// In between, when its `when` matches.
        Middle,
        /// The last step.
        Last,
    }

    /// One first step.
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Step {
        /// The stack it belongs to.
        pub framework: FrameworkId,
        /// Its place in the list.
        pub place: Place,
        /// When it is taken: a middle step needs one (`when = {}` for a step
        /// every project of its stack takes; `none` keeps it out where another
        /// step covers the combination); a last step with one is taken in
        /// place of the one without; a first step has none.
        pub when: Option<crate::when::source::When>,
        /// `both` only: a step in the service, whose packages go into the
        /// service's install line.
        #[serde(default)]
        pub service: bool,
        /// Middle steps: comes after the others (a step every project takes,
        /// or an optional one), so it is the one left out when they fill the
        /// plan.
        #[serde(default)]
        pub gives_way: bool,
        /// The step; `code` in backticks.
        pub text: String,
    }

    /// What the plan says while there is no clear winner: too little to go
    /// on, only the workload known, or both frameworks would serve it.
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct UndecidedPlan {
        /// The stack line when there is too little to go on.
        pub too_little_stack: String,
        /// Steps when there is too little to go on.
        pub too_little_steps: Vec<String>,
        /// The risk then.
        pub too_little_risk: String,
        /// When to revisit then (mid-sentence).
        pub too_little_revisit: String,
        /// The stack line when only the load or the team is known.
        pub workload_stack: String,
        /// Steps then.
        pub workload_steps: Vec<String>,
        /// The risk then.
        pub workload_risk: String,
        /// When to revisit then (mid-sentence).
        pub workload_revisit: String,
        /// Steps when both frameworks would serve the project.
        pub balanced_steps: Vec<String>,
        /// The risk then.
        pub balanced_risk: String,
        /// When to revisit then (mid-sentence).
        pub balanced_revisit: String,
    }

    /// A package the texts name.
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Package {
        /// How texts name it, in brackets.
        pub label: String,
        /// Its name on PyPI.
        pub name: String,
        /// What the install line says (default: `name`).
        pub install: Option<String>,
        /// The latest version on PyPI when last checked.
        pub checked: String,
        /// When (YYYY-MM).
        pub checked_on: String,
        /// Maintained, or in maintenance mode.
        pub status: PackageStatus,
        /// Why a maintained package is rarely released (a finished library
        /// whose project still answers issues); the registry check then does not
        /// ask about its age.
        #[serde(default)]
        pub settled: Option<String>,
        /// Labels of the packages its install line brings along.
        #[serde(default)]
        pub brings: Vec<String>,
    }

    /// Whether a package is still developed.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum PackageStatus {
        /// Released and developed.
        Maintained,
        /// Security fixes only: every text that names it must say so.
        Maintenance,
    }

    impl Framework {
        /// The texts that may name packages, by field.
        pub(crate) fn texts(&self) -> Vec<(&'static str, &str)> {
            let mut texts = vec![
                ("stack", self.stack.as_str()),
                ("server", self.server.as_str()),
            ];
            texts.extend(self.server_async.as_deref().map(|t| ("server_async", t)));
            texts.extend([
                ("risk", self.risk.as_str()),
                ("revisit", self.revisit.as_str()),
            ]);
            texts
        }

        pub(crate) fn lower(&self, names: &Names) -> super::Framework {
            super::Framework {
                stack: names.plan_text(&self.stack),
                server: names.plan_text(&self.server),
                server_async: names.plan_text_opt(self.server_async.as_deref()),
                risk: names.plain(&self.risk),
                revisit: names.plain(&self.revisit),
            }
        }
    }

    impl Step {
        /// The rules of step `n` (counted from 1).
        pub(crate) fn check(&self, n: usize, names: &Names, problems: &mut Problems) {
            let owner = format!("step {n}");
            match (self.place, &self.when) {
                (Place::Middle, None) => {
                    problems.push(format!("{owner}: a middle step needs `when`"))
                }
                (Place::First, Some(_)) => {
                    problems.push(format!("{owner}: a first step has no `when`"))
                }
                _ => {}
            }
            if self.service && self.framework != FrameworkId::Both {
                problems.push(format!(
                    "{owner}: only a step of `both` can be a `service` step"
                ));
            }
            if let Some(when) = &self.when {
                when.check(&owner, names, problems);
            }
        }

        pub(crate) fn lower(&self, names: &Names) -> super::Step {
            super::Step {
                stack: self.framework.lower(),
                place: match self.place {
                    Place::First => super::Place::First,
                    Place::Middle => super::Place::Middle,
                    Place::Last => super::Place::Last,
                },
                when: self
                    .when
                    .as_ref()
                    .map_or_else(super::When::default, |w| w.lower(names)),
                service: self.service,
                gives_way: self.gives_way,
                text: names.plan_text(&self.text),
            }
        }
    }

    impl UndecidedPlan {
        /// The texts that may name packages, by field.
        pub(crate) fn texts(&self) -> Vec<(&'static str, &str)> {
            let mut texts = vec![
                ("too_little_stack", self.too_little_stack.as_str()),
                ("too_little_risk", self.too_little_risk.as_str()),
                ("too_little_revisit", self.too_little_revisit.as_str()),
                ("workload_stack", self.workload_stack.as_str()),
                ("workload_risk", self.workload_risk.as_str()),
                ("workload_revisit", self.workload_revisit.as_str()),
                ("balanced_risk", self.balanced_risk.as_str()),
                ("balanced_revisit", self.balanced_revisit.as_str()),
            ];
            for text in self
                .too_little_steps
                .iter()
                .chain(&self.workload_steps)
                .chain(&self.balanced_steps)
            {
                texts.push(("step", text.as_str()));
            }
            texts
        }

        pub(crate) fn check(&self, problems: &mut Problems) {
            for (field, steps) in [
                ("too_little_steps", &self.too_little_steps),
                ("workload_steps", &self.workload_steps),
                ("balanced_steps", &self.balanced_steps),
            ] {
                if !(3..=5).contains(&steps.len()) {
                    problems.push(format!("undecided `{field}`: needs three to five steps"));
                }
            }
            for (field, text) in [
                ("too_little_revisit", &self.too_little_revisit),
                ("workload_revisit", &self.workload_revisit),
                ("balanced_revisit", &self.balanced_revisit),
            ] {
                check_clause("undecided", "plan", field, text, problems);
            }
        }

        pub(crate) fn lower(&self, names: &Names) -> super::UndecidedPlan {
            super::UndecidedPlan {
                too_little_stack: names.plain(&self.too_little_stack),
                too_little_steps: names.plain_list(&self.too_little_steps),
                too_little_risk: names.plain(&self.too_little_risk),
                too_little_revisit: names.plain(&self.too_little_revisit),
                workload_stack: names.plain(&self.workload_stack),
                workload_steps: names.plain_list(&self.workload_steps),
                workload_risk: names.plain(&self.workload_risk),
                workload_revisit: names.plain(&self.workload_revisit),
                balanced_steps: names.plain_list(&self.balanced_steps),
                balanced_risk: names.plain(&self.balanced_risk),
                balanced_revisit: names.plain(&self.balanced_revisit),
            }
        }
    }

    impl Package {
        /// The rules of one package record.
        pub(crate) fn check(&self, names: &Names, problems: &mut Problems) {
            check_text("package", &self.label, "label", &self.label, problems);
            let month = self.checked_on.as_bytes();
            if !(month.len() == 7
                && month[4] == b'-'
                && self
                    .checked_on
                    .replace('-', "")
                    .bytes()
                    .all(|b| b.is_ascii_digit()))
            {
                problems.push(format!(
                    "package `{}`: checked_on must be YYYY-MM",
                    self.label
                ));
            }
            check_text("package", &self.label, "checked", &self.checked, problems);
            for label in &self.brings {
                if !names.has_package(label) {
                    problems.push(format!(
                        "package `{}`: brings `{label}`, which has no [[package]] record",
                        self.label
                    ));
                }
            }
        }

        pub(crate) fn lower(&self, names: &Names) -> super::Package {
            super::Package {
                name: names.text(&self.name),
                install: names.text(self.install.as_deref().unwrap_or(&self.name)),
                brings: names.packages(&self.brings),
            }
        }
    }

    /// A package named in a text: `[Label]` (part of the stack, installed) or
    /// `[Label?]` (mentioned only).
    #[derive(Debug, PartialEq, Eq)]
    pub struct PackageRef<'a> {
        /// The label between the brackets.
        pub label: &'a str,
        /// False for a mention (`[Label?]`).
        pub installed: bool,
    }

    /// The packages a text names, in order; `Err` names a malformed bracket.
    /// Brackets inside `code` are code (`"uvicorn[standard]"`), not names.
    pub fn package_refs(text: &str) -> Result<Vec<PackageRef<'_>>, String> {
        let mut refs = Vec::new();
        for prose in text.split('`').step_by(2) {
            let mut rest = prose;
            while let Some(open) = rest.find('[') {
                let after = &rest[open + 1..];
                let close = after
                    .find(']')
                    .ok_or_else(|| format!("unclosed `[` in {text:?}"))?;
                let inner = &after[..close];
                if inner.is_empty() || inner.contains('[') {
                    return Err(format!("malformed package name `[{inner}]`"));
                }
                refs.push(match inner.strip_suffix('?') {
                    Some(label) => PackageRef {
                        label,
                        installed: false,
                    },
                    None => PackageRef {
                        label: inner,
                        installed: true,
                    },
                });
                rest = &after[close + 1..];
            }
        }
        Ok(refs)
    }

    /// A text as the reader sees it: package brackets removed (outside `code`).
    pub fn plain_text(text: &str) -> String {
        text.split('`')
            .enumerate()
            .map(|(n, part)| {
                if n % 2 == 0 {
                    part.replace("?]", "").replace(['[', ']'], "")
                } else {
                    part.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("`")
    }
}
