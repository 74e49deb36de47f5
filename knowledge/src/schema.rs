//! `knowledge.toml` as written: parsed, validated and lowered into the
//! engine's tables ([`Tables`]), which build.rs bakes into Rust source.
//!
//! Each kind's source shape, rules and lowering live beside its table type
//! (`requirement.rs`, `plan.rs`, `preset.rs`); this module holds the whole
//! file's shape, the rules that span kinds, and the lowering context.
//! Closed vocabularies (lean, role, expected verdict) are serde enums, so a
//! misspelt value is rejected by the parser with its line and column.

use crate::plan::source::{FrameworkId, Place};
use crate::{
    Framework, Group, Importance, Package, PackageSet, PlanText, Preset, Requirement,
    RequirementSet, Step, UndecidedPlan,
};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

pub use crate::group::source::Group as GroupSource;
pub use crate::plan::source::{
    package_refs, plain_text, Framework as FrameworkSource, Package as PackageSource, PackageRef,
    PackageStatus, Step as StepSource, UndecidedPlan as UndecidedPlanSource,
};
pub use crate::preset::source::{Expected, Levels, Preset as PresetSource};
pub use crate::requirement::source::{
    Evidence, Lean, Requirement as RequirementSource, Role, Separable, Text,
};

/// The problems found so far, one line each, naming the entry.
pub type Problems = Vec<String>;

/// The whole knowledge base as written in TOML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Knowledge {
    /// Headings the requirements are grouped under, in display order.
    #[serde(rename = "group")]
    pub groups: Vec<GroupSource>,
    /// Requirements, in display order.
    #[serde(rename = "requirement")]
    pub requirements: Vec<RequirementSource>,
    /// Example scenarios.
    #[serde(rename = "preset")]
    pub presets: Vec<PresetSource>,
    /// The base of each stack: Django, FastAPI and the split.
    #[serde(rename = "framework")]
    pub frameworks: Vec<FrameworkSource>,
    /// First steps, by framework.
    #[serde(rename = "step")]
    pub steps: Vec<StepSource>,
    /// What the plan says while there is no clear winner.
    pub undecided: UndecidedPlanSource,
    /// Every package a text names, with when it was last checked.
    #[serde(rename = "package")]
    pub packages: Vec<PackageSource>,
}

/// The engine's tables, as build.rs bakes them.
#[derive(Debug)]
pub struct Tables {
    /// Requirement headings, in display order.
    pub groups: Vec<Group>,
    /// Every requirement, in display order.
    pub requirements: Vec<Requirement>,
    /// Example scenarios, in display order.
    pub presets: Vec<Preset<Levels>>,
    /// Every package the plan installs or names.
    pub packages: Vec<Package>,
    /// The base of each stack: Django, FastAPI, and the split.
    pub frameworks: Vec<Framework>,
    /// First steps, in the order they are given.
    pub steps: Vec<Step>,
    /// What the plan says while there is no clear winner.
    pub undecided: UndecidedPlan,
}

/// Parses and validates; on failure returns every problem found, each naming its entry.
pub fn parse(source: &str) -> Result<Knowledge, Vec<String>> {
    let knowledge: Knowledge = toml::from_str(source).map_err(|e| vec![e.to_string()])?;
    let problems = validate(&knowledge);
    if problems.is_empty() {
        Ok(knowledge)
    } else {
        Err(problems)
    }
}

/// The importance each requirement gets in a preset, in requirement order.
/// Only meaningful for a validated knowledge base.
pub fn preset_levels(k: &Knowledge, preset: &PresetSource) -> Vec<Importance> {
    preset.levels(&Names::of(k))
}

/// The tables of a validated knowledge base.
pub fn lower(k: &Knowledge) -> Tables {
    let names = Names::of(k);
    let framework = |id: FrameworkId| {
        k.frameworks
            .iter()
            .find(|f| f.id == id)
            .expect("validated: one entry per framework")
            .lower(&names)
    };
    Tables {
        groups: k.groups.iter().map(|g| g.lower(&names)).collect(),
        requirements: (k.requirements.iter().enumerate())
            .map(|(i, r)| r.lower(i, &k.requirements, &names))
            .collect(),
        presets: k.presets.iter().map(|p| p.lower(&names)).collect(),
        packages: k.packages.iter().map(|p| p.lower(&names)).collect(),
        frameworks: FrameworkId::ALL.into_iter().map(framework).collect(),
        steps: k.steps.iter().map(|s| s.lower(&names)).collect(),
        undecided: k.undecided.lower(&names),
    }
}

/// What lowering looks up by name, and the strings it keeps for the tables
/// (build.rs runs once, so they are leaked into `&'static str`).
pub struct Names {
    requirements: HashMap<String, usize>,
    groups: HashMap<String, usize>,
    packages: HashMap<String, usize>,
}

impl Names {
    /// The names of a knowledge base (valid or not: unknown names are
    /// the validator's to report).
    pub fn of(k: &Knowledge) -> Names {
        let index = |ids: Vec<&str>| {
            let mut map = HashMap::new();
            for (i, id) in ids.into_iter().enumerate() {
                map.entry(id.to_owned()).or_insert(i);
            }
            map
        };
        Names {
            requirements: index(k.requirements.iter().map(|r| r.id.as_str()).collect()),
            groups: index(k.groups.iter().map(|g| g.id.as_str()).collect()),
            packages: index(k.packages.iter().map(|p| p.label.as_str()).collect()),
        }
    }

    /// The index of the requirement with this id.
    pub fn requirement(&self, id: &str) -> Option<usize> {
        self.requirements.get(id).copied()
    }

    /// How many requirements there are.
    pub fn requirement_count(&self) -> usize {
        self.requirements.len()
    }

    pub(crate) fn has_group(&self, id: &str) -> bool {
        self.groups.contains_key(id)
    }

    pub(crate) fn group(&self, id: &str) -> usize {
        self.groups[id]
    }

    /// These requirements as a set.
    pub(crate) fn requirements(&self, ids: &[String]) -> RequirementSet {
        let mut set = RequirementSet::default();
        for id in ids {
            if let Some(index) = self.requirement(id) {
                set.insert(index);
            }
        }
        set
    }

    pub(crate) fn has_package(&self, label: &str) -> bool {
        self.packages.contains_key(label)
    }

    /// These packages (by label) as a set.
    pub(crate) fn packages(&self, labels: &[String]) -> PackageSet {
        let bits = labels
            .iter()
            .filter_map(|label| self.packages.get(label))
            .fold(0u64, |bits, index| bits | 1 << index);
        PackageSet::from_bits(bits)
    }

    pub(crate) fn text(&self, text: &str) -> &'static str {
        String::leak(text.to_owned())
    }

    pub(crate) fn text_opt(&self, text: Option<&str>) -> Option<&'static str> {
        text.map(|t| self.text(t))
    }

    /// The text as the reader sees it (package brackets removed).
    pub(crate) fn plain(&self, text: &str) -> &'static str {
        String::leak(plain_text(text))
    }

    pub(crate) fn plain_opt(&self, text: Option<&str>) -> Option<&'static str> {
        text.map(|t| self.plain(t))
    }

    pub(crate) fn plain_list(&self, texts: &[String]) -> &'static [&'static str] {
        Vec::leak(texts.iter().map(|t| self.plain(t)).collect())
    }

    /// The text with the packages it installs; a leading `built in: `
    /// marks what the framework ships.
    pub(crate) fn plan_text(&self, text: &str) -> PlanText {
        let mut installs = 0u64;
        for r in package_refs(text)
            .expect("validated")
            .into_iter()
            .filter(|r| r.installed)
        {
            installs |= 1 << self.packages[r.label];
        }
        let shipped = text.strip_prefix(BUILT_IN);
        PlanText {
            text: self.plain(shipped.unwrap_or(text)),
            installs: PackageSet::from_bits(installs),
            built_in: shipped.is_some(),
        }
    }

    pub(crate) fn plan_text_opt(&self, text: Option<&str>) -> Option<PlanText> {
        text.map(|t| self.plan_text(t))
    }
}

/// How a stack line says the framework ships it.
const BUILT_IN: &str = "built in: ";

/// Every rule of the knowledge base; an empty list means it is valid.
pub fn validate(k: &Knowledge) -> Vec<String> {
    let mut problems = Vec::new();
    if k.requirements.is_empty() || k.requirements.len() > 32 {
        problems.push(format!(
            "knowledge base: needs 1 to 32 requirements, has {}",
            k.requirements.len()
        ));
    }
    check_ids(
        "group",
        k.groups.iter().map(|g| g.id.as_str()),
        &mut problems,
    );
    check_ids(
        "requirement",
        k.requirements.iter().map(|r| r.id.as_str()),
        &mut problems,
    );
    check_ids(
        "preset",
        k.presets.iter().map(|p| p.id.as_str()),
        &mut problems,
    );
    let names = Names::of(k);
    for g in &k.groups {
        g.check(&k.requirements, &mut problems);
    }
    for r in &k.requirements {
        r.check(&names, &mut problems);
    }
    let excludes = |a: &str, b: &str| {
        k.requirements
            .iter()
            .any(|r| r.id == a && r.excludes.iter().any(|x| x == b))
    };
    for p in &k.presets {
        p.check(&names, &excludes, &mut problems);
    }
    check_packages(k, &mut problems);
    check_stacks(k, &mut problems);
    for (n, step) in k.steps.iter().enumerate() {
        step.check(n + 1, &names, &mut problems);
    }
    check_mentions(k, &mut problems);
    k.undecided.check(&mut problems);
    problems
}

/// Every package named has a record, records are complete and used, and a
/// package in maintenance mode is never named without saying so.
fn check_packages(k: &Knowledge, problems: &mut Problems) {
    let mut labels = HashSet::new();
    let mut names = HashSet::new();
    let known = Names::of(k);
    for p in &k.packages {
        p.check(&known, problems);
        if !labels.insert(p.label.as_str()) {
            problems.push(format!("package `{}`: duplicate label", p.label));
        }
        // A record may extend another of the same name with more extras
        // (it brings the other along).
        if !names.insert(p.name.to_lowercase()) && p.brings.is_empty() {
            problems.push(format!(
                "package `{}`: duplicate name `{}`",
                p.label, p.name
            ));
        }
    }
    let mut used = HashSet::new();
    for (owner, text) in texts(k) {
        if text.matches('`').count() % 2 != 0 {
            problems.push(format!("{owner}: unbalanced backticks"));
        }
        match package_refs(text) {
            Err(problem) => problems.push(format!("{owner}: {problem}")),
            Ok(refs) => {
                for r in refs {
                    match k.packages.iter().find(|p| p.label == r.label) {
                        None => problems.push(format!(
                            "{owner}: names package `{}`, which has no [[package]] record",
                            r.label
                        )),
                        Some(p) => {
                            used.insert(p.label.as_str());
                            if p.status == PackageStatus::Maintenance
                                && !text.contains("maintenance")
                            {
                                problems.push(format!(
                                    "{owner}: names `{}`, which is in maintenance mode, without saying so",
                                    r.label
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    for p in &k.packages {
        if !used.contains(p.label.as_str()) {
            problems.push(format!("package `{}`: no text names it", p.label));
        }
    }
}

/// One entry per framework, each with one first step and one last step
/// without `when`, and only Django with an async server line.
fn check_stacks(k: &Knowledge, problems: &mut Problems) {
    for id in FrameworkId::ALL {
        let name = id.name();
        match k.frameworks.iter().filter(|f| f.id == id).count() {
            1 => {}
            n => problems.push(format!("framework `{name}`: needs one entry, has {n}")),
        }
        for (place, word) in [(Place::First, "first"), (Place::Last, "last")] {
            let n = (k.steps.iter())
                .filter(|s| s.framework == id && s.place == place && s.when.is_none())
                .count();
            if n != 1 {
                problems.push(format!("steps of `{name}`: need one {word} step, have {n}"));
            }
        }
    }
    for f in &k.frameworks {
        if f.server_async.is_some() && f.id != FrameworkId::Django {
            problems.push("framework: only Django has `server_async`".into());
        }
        check_clause("framework", f.id.name(), "revisit", &f.revisit, problems);
    }
}

/// Every text of the knowledge base that may name packages, with its owner.
fn texts(k: &Knowledge) -> Vec<(String, &str)> {
    let mut all: Vec<(String, &str)> = Vec::new();
    for r in &k.requirements {
        for (field, text) in r.texts() {
            all.push((format!("requirement `{}` `{field}`", r.id), text));
        }
    }
    for f in &k.frameworks {
        for (field, text) in f.texts() {
            all.push((format!("framework `{}` `{field}`", f.id.name()), text));
        }
    }
    for (n, step) in k.steps.iter().enumerate() {
        all.push((format!("step {}", n + 1), step.text.as_str()));
    }
    for (field, text) in k.undecided.texts() {
        all.push((format!("undecided `{field}`"), text));
    }
    all
}

/// The plan's instructions (steps and stack lines) name every package they
/// use in brackets, so the package is on the install line (`[Name]`) or
/// plainly only mentioned (`[Name?]`): a step that says "add Django Ninja"
/// without brackets would leave it off the line the reader copies. The
/// frameworks themselves, on every stack's first line, are exempt.
fn check_mentions(k: &Knowledge, problems: &mut Problems) {
    let exempt: Vec<&str> = (k.frameworks.iter())
        .filter(|f| f.id != FrameworkId::Both)
        .filter_map(|f| package_refs(&f.stack).ok()?.first().map(|r| r.label))
        .collect();
    let mut instructions: Vec<(String, &str)> = Vec::new();
    for (n, step) in k.steps.iter().enumerate() {
        instructions.push((format!("step {}", n + 1), step.text.as_str()));
    }
    for r in &k.requirements {
        for (field, text) in r.texts() {
            if field.contains("on_") && !field.contains("risk") && !field.contains("revisit") {
                instructions.push((format!("requirement `{}` `{field}`", r.id), text));
            }
        }
    }
    for (owner, text) in instructions {
        // The prose outside code spans and outside brackets.
        let mut bare = String::new();
        for prose in text.split('`').step_by(2) {
            let mut depth = 0;
            for c in prose.chars() {
                match c {
                    '[' => depth += 1,
                    ']' => depth -= 1,
                    _ if depth == 0 => bare.push(c),
                    _ => bare.push(' '),
                }
            }
            bare.push(' ');
        }
        let words = |name: &str| {
            let lower = bare.to_lowercase();
            let name = name.to_lowercase();
            lower.match_indices(&name).any(|(at, _)| {
                let before = lower[..at].chars().next_back();
                let after = lower[at + name.len()..].chars().next();
                let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
                edge(before) && edge(after)
            })
        };
        for p in k
            .packages
            .iter()
            .filter(|p| !exempt.contains(&p.label.as_str()))
        {
            if words(&p.label) || words(&p.name) {
                problems.push(format!(
                    "{owner}: names `{}` without brackets: write [{}] (it installs) or [{}?] (only mentioned)",
                    p.label, p.label, p.label
                ));
            }
        }
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 24
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn check_ids<'a>(kind: &str, ids: impl Iterator<Item = &'a str>, problems: &mut Problems) {
    let mut seen = HashSet::new();
    for id in ids {
        if !valid_id(id) {
            problems.push(format!(
                "{kind} `{id}`: id must be 1-24 lowercase letters, digits or dashes, starting with a letter"
            ));
        }
        if !seen.insert(id) {
            problems.push(format!("{kind} `{id}`: duplicate id"));
        }
    }
}

/// A text that must not be empty or padded.
pub(crate) fn check_text(kind: &str, id: &str, field: &str, text: &str, problems: &mut Problems) {
    if text.trim().is_empty() {
        problems.push(format!("{kind} `{id}`: `{field}` is empty"));
    } else if text.trim() != text {
        problems.push(format!(
            "{kind} `{id}`: `{field}` has leading or trailing spaces"
        ));
    }
}

/// A text used mid-sentence: lowercase start (acronyms aside), no final stop.
pub(crate) fn check_clause(kind: &str, id: &str, field: &str, text: &str, problems: &mut Problems) {
    check_text(kind, id, field, text, problems);
    let first_word = text.split(' ').next().unwrap_or_default();
    let capitalised =
        text.starts_with(|c: char| c.is_uppercase()) && first_word.chars().any(char::is_lowercase);
    if capitalised || text.ends_with('.') {
        problems.push(format!(
            "{kind} `{id}`: `{field}` is used mid-sentence: start lowercase, no final stop"
        ));
    }
}
