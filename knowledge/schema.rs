//! Shape and validation of `knowledge.toml`.
//!
//! Included by `build.rs` (which refuses to build an invalid knowledge base)
//! and by `tests/knowledge_validation.rs` (which checks that every rule names
//! the broken entry). Expects a sibling module `importance` at the crate root.

use crate::importance::Importance;
use serde::Deserialize;
use std::collections::HashSet;

/// The whole knowledge base as written in TOML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Knowledge {
    /// Headings the requirements are grouped under, in display order.
    #[serde(rename = "group")]
    pub groups: Vec<Group>,
    /// Requirements, in display order.
    #[serde(rename = "requirement")]
    pub requirements: Vec<Requirement>,
    /// Example scenarios.
    #[serde(rename = "preset")]
    pub presets: Vec<Preset>,
}

/// A heading for requirements.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub title: String,
}

/// One requirement a project may have.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub id: String,
    pub group: String,
    pub label: String,
    pub why: String,
    pub lean: String,
    pub strength: i64,
    pub component: Option<String>,
    #[serde(default)]
    pub async_sensitive: bool,
    #[serde(default)]
    pub narrows_async: bool,
}

/// An example scenario.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: String,
    pub title: String,
    pub story: String,
    pub expected: String,
    pub requirements: String,
}

/// Verdict names a preset may expect.
pub const VERDICTS: [&str; 4] = ["django", "fastapi", "both", "none"];

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

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 24
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn check_ids<'a>(
    kind: &str,
    ids: impl Iterator<Item = &'a str>,
    problems: &mut Vec<String>,
) -> HashSet<&'a str> {
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
    seen
}

fn check_text(kind: &str, id: &str, field: &str, text: &str, problems: &mut Vec<String>) {
    if text.trim().is_empty() {
        problems.push(format!("{kind} `{id}`: `{field}` is empty"));
    } else if text.trim() != text {
        problems.push(format!(
            "{kind} `{id}`: `{field}` has leading or trailing spaces"
        ));
    }
}

/// Every rule of the knowledge base; an empty list means it is valid.
pub fn validate(k: &Knowledge) -> Vec<String> {
    let mut problems = Vec::new();
    if k.requirements.is_empty() || k.requirements.len() > 32 {
        problems.push(format!(
            "knowledge base: needs 1 to 32 requirements, has {}",
            k.requirements.len()
        ));
    }
    let groups = check_ids(
        "group",
        k.groups.iter().map(|g| g.id.as_str()),
        &mut problems,
    );
    let requirements = check_ids(
        "requirement",
        k.requirements.iter().map(|r| r.id.as_str()),
        &mut problems,
    );
    check_ids(
        "preset",
        k.presets.iter().map(|p| p.id.as_str()),
        &mut problems,
    );

    for g in &k.groups {
        check_text("group", &g.id, "title", &g.title, &mut problems);
        if !k.requirements.iter().any(|r| r.group == g.id) {
            problems.push(format!("group `{}`: has no requirements", g.id));
        }
    }
    for r in &k.requirements {
        let id = r.id.as_str();
        check_text("requirement", id, "label", &r.label, &mut problems);
        check_text("requirement", id, "why", &r.why, &mut problems);
        if !groups.contains(r.group.as_str()) {
            problems.push(format!("requirement `{id}`: unknown group `{}`", r.group));
        }
        if !(1..=3).contains(&r.strength) {
            problems.push(format!(
                "requirement `{id}`: strength {} is outside 1..=3",
                r.strength
            ));
        }
        match r.lean.as_str() {
            "django" | "fastapi" => {
                if r.narrows_async {
                    problems.push(format!(
                        "requirement `{id}`: only a neutral requirement can narrow async advantages"
                    ));
                }
            }
            "neutral" => {
                if !r.narrows_async {
                    problems.push(format!(
                        "requirement `{id}`: a neutral requirement must narrow async advantages, or it changes nothing"
                    ));
                }
                if r.component.is_some() {
                    problems.push(format!(
                        "requirement `{id}`: a neutral requirement cannot name a component"
                    ));
                }
            }
            other => problems.push(format!(
                "requirement `{id}`: lean `{other}` must be django, fastapi or neutral"
            )),
        }
        if r.async_sensitive && r.lean != "fastapi" {
            problems.push(format!(
                "requirement `{id}`: only a fastapi-leaning requirement can be async_sensitive"
            ));
        }
        if let Some(component) = &r.component {
            check_text("requirement", id, "component", component, &mut problems);
            if component.starts_with(|c: char| c.is_uppercase()) {
                problems.push(format!(
                    "requirement `{id}`: component must start lowercase (it is used mid-sentence)"
                ));
            }
        }
    }
    for p in &k.presets {
        let id = p.id.as_str();
        check_text("preset", id, "title", &p.title, &mut problems);
        check_text("preset", id, "story", &p.story, &mut problems);
        if !VERDICTS.contains(&p.expected.as_str()) {
            problems.push(format!(
                "preset `{id}`: expected `{}` must be one of {VERDICTS:?}",
                p.expected
            ));
        }
        let mut used = HashSet::new();
        for token in p.requirements.split(',').filter(|t| !t.is_empty()) {
            match Importance::parse_token(token) {
                Some((req, _)) if !requirements.contains(req) => problems.push(format!(
                    "preset `{id}`: refers to unknown requirement `{req}`"
                )),
                Some((req, _)) if !used.insert(req) => {
                    problems.push(format!("preset `{id}`: lists requirement `{req}` twice"))
                }
                Some(_) => {}
                None => problems.push(format!("preset `{id}`: malformed entry `{token}`")),
            }
        }
    }
    problems
}

/// The importance each requirement gets in a preset, in requirement order.
/// Only meaningful for a validated knowledge base.
pub fn preset_levels(k: &Knowledge, preset: &Preset) -> Vec<Importance> {
    let mut levels = vec![Importance::Off; k.requirements.len()];
    for token in preset.requirements.split(',') {
        if let Some((req, level)) = Importance::parse_token(token) {
            if let Some(i) = k.requirements.iter().position(|r| r.id == req) {
                levels[i] = level;
            }
        }
    }
    levels
}
