//! Shape and validation of `knowledge.toml`.
//!
//! Used by the engine's `build.rs` (which refuses to build an invalid
//! knowledge base) and by `tests/validation.rs` (which checks that every rule
//! names the broken entry).
//! Closed vocabularies (lean, role, expected verdict) are serde enums, so a
//! misspelt value is rejected by the parser with its line and column.

use crate::Importance;
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
    /// The base of each stack: Django, FastAPI and the split.
    #[serde(rename = "framework")]
    pub frameworks: Vec<Framework>,
    /// First steps, by framework.
    #[serde(rename = "step")]
    pub steps: Vec<Step>,
    /// How the two parts of a split work together.
    #[serde(rename = "contract")]
    pub contract: Vec<ContractLine>,
    /// What the plan says while there is no clear winner.
    pub undecided: UndecidedPlan,
    /// Every package a text names, with when it was last checked.
    #[serde(rename = "package")]
    pub packages: Vec<Package>,
}

/// The base of a stack.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// `django`, `fastapi` or `both`.
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

/// Where a step goes in the list.
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
    /// Middle steps: ids of which one must be at least important.
    #[serde(default)]
    pub when: Vec<String>,
    /// Middle steps: the `when` requirements count only in their context
    /// (e.g. editorial content beside server-rendered pages).
    #[serde(default)]
    pub in_context: bool,
    /// `both` only: a step in the service, whose packages go into the
    /// service's install line.
    #[serde(default)]
    pub service: bool,
    /// Middle steps: only when each of these is at least important too.
    #[serde(default)]
    pub with_all: Vec<String>,
    /// Middle steps: never when one of these decides (another step covers
    /// the combination).
    #[serde(default)]
    pub without: Vec<String>,
    /// Middle steps: comes after the others (a step every project takes,
    /// or an optional one), so it is the one left out when they fill the
    /// plan.
    #[serde(default)]
    pub gives_way: bool,
    /// The step.
    pub text: String,
}

/// One line of the contract between the parts of a split.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContractLine {
    /// Optional: the service parts this line is about.
    #[serde(default)]
    pub when: Vec<String>,
    /// The line.
    pub text: String,
}

/// What the plan says while there is no clear winner.
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
    /// Makes the project a Django web application.
    WebApp,
    /// A part that can run as a service of its own.
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

/// A weaker pull in a given context, with what the reader is told about it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    /// Applies when any of these is at least important…
    pub when_on: Vec<String>,
    /// …and none of these is.
    #[serde(default)]
    pub when_off: Vec<String>,
    /// The strength in that context (below the requirement's own); absent
    /// when only the stack line and the note change.
    pub strength: Option<i64>,
    /// Why, as a clause used mid-sentence (starts lowercase, no final stop).
    pub note: String,
    /// The Django stack line in that context.
    pub on_django: Option<String>,
    /// The FastAPI stack line in that context.
    pub on_fastapi: Option<String>,
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

/// One requirement a project may have.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// Stable id used in links, presets and attributes.
    pub id: String,
    /// Id of the group it is listed under.
    pub group: String,
    /// Short label on its switch.
    pub label: String,
    /// One line on why it matters, shown under the label.
    pub why: String,
    /// The framework it favours.
    pub lean: Lean,
    /// How strongly it favours that framework (1–3; 0 for neutral).
    pub strength: i64,
    /// How a project covers it when the other framework wins.
    pub covered_by: Option<String>,
    /// The part of the system it names in a "use both" split.
    pub part: Option<String>,
    /// Its part in the "use both" rule, if any.
    pub role: Option<Role>,
    /// For a service part: when it splits off.
    pub separable: Option<Separable>,
    /// For a service part: why it runs apart (used mid-sentence).
    pub split_reason: Option<String>,
    /// Technical need or team experience.
    #[serde(default)]
    pub evidence: Evidence,
    /// Whether CPU-heavy work narrows this (async) advantage.
    #[serde(default)]
    pub async_sensitive: bool,
    /// Whether this is the project's traffic (makes at-scale parts separable).
    #[serde(default)]
    pub traffic: bool,
    /// Whether it needs an ASGI server on Django (Channels, async views).
    #[serde(default)]
    pub asgi: bool,
    /// Whether it narrows async advantages (the CPU-heavy workload).
    #[serde(default)]
    pub narrows_async: bool,
    /// Whether it says a part must deploy and scale on its own.
    #[serde(default)]
    pub separates: bool,
    /// A weaker pull in some context.
    pub context: Option<Context>,
    /// Requirements a project with this one plausibly also needs.
    #[serde(default)]
    pub companions: Vec<String>,
    /// Whether it may be suggested as an addition.
    #[serde(default = "yes")]
    pub suggest: bool,
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
}

fn yes() -> bool {
    true
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

/// The rules that tie a requirement's lean to its other fields.
fn check_lean(r: &Requirement, problems: &mut Vec<String>) {
    let id = r.id.as_str();
    let mut problem = |text: &str| problems.push(format!("requirement `{id}`: {text}"));
    match r.lean {
        Lean::Django | Lean::Fastapi => {
            if r.narrows_async || r.separates {
                problem(
                    "only a neutral requirement can narrow async advantages or separate a part",
                );
            }
            if r.covered_by.is_none() {
                problem("needs `covered_by`: how a project on the other framework covers it");
            }
        }
        Lean::Neutral => {
            if r.narrows_async == r.separates {
                problem(
                    "a neutral requirement must either narrow async advantages or separate a part",
                );
            }
            if r.part.is_some() || r.role.is_some() || r.covered_by.is_some() {
                problem("a neutral requirement cannot name a part, a role or `covered_by`");
            }
            if r.evidence == Evidence::Team {
                problem("team experience must lean towards the framework the team knows");
            }
        }
    }
    if r.async_sensitive && r.lean != Lean::Fastapi {
        problem("only a fastapi-leaning requirement can be async_sensitive");
    }
    if r.evidence == Evidence::Team && (r.role.is_some() || r.context.is_some()) {
        problem("team experience cannot have a role or a context");
    }
    match r.role {
        Some(Role::WebApp) if r.lean != Lean::Django => {
            problem("role `web-app` needs lean `django`")
        }
        Some(Role::Service) if r.lean != Lean::Fastapi => {
            problem("role `service` needs lean `fastapi`")
        }
        Some(Role::Service) if r.separable.is_none() || r.split_reason.is_none() => {
            problem("role `service` needs `separable` and `split_reason`")
        }
        Some(_) if r.part.is_none() => problem("a requirement with a role needs a `part`"),
        _ => {}
    }
    if r.role != Some(Role::Service) && (r.separable.is_some() || r.split_reason.is_some()) {
        problem("only role `service` has `separable` and `split_reason`");
    }
    if let Some(context) = &r.context {
        if context
            .strength
            .is_some_and(|strength| !(1..r.strength).contains(&strength))
        {
            problem("a context's strength must be at least 1 and below the requirement's own");
        }
        if context.when_on.is_empty() {
            problem("a context needs `when_on`");
        }
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
        check_lean(r, &mut problems);
        if let Some(text) = &r.covered_by {
            check_text("requirement", id, "covered_by", text, &mut problems);
        }
        if let Some(part) = &r.part {
            check_text("requirement", id, "part", part, &mut problems);
            if part.starts_with(|c: char| c.is_uppercase()) {
                problems.push(format!(
                    "requirement `{id}`: part must start lowercase (it is used mid-sentence)"
                ));
            }
        }
        if r.beyond_article.contains(&Text::CoveredBy) && r.covered_by.is_none() {
            problems.push(format!(
                "requirement `{id}`: beyond_article names `covered_by`, which it does not have"
            ));
        }
        for other in &r.excludes {
            if other == id {
                problems.push(format!("requirement `{id}`: excludes itself"));
            } else if !requirements.contains(other.as_str()) {
                problems.push(format!(
                    "requirement `{id}`: excludes unknown requirement `{other}`"
                ));
            }
        }
        let mut refers = |field: &str, others: &[String]| {
            for other in others {
                if other == id {
                    problems.push(format!("requirement `{id}`: `{field}` names itself"));
                } else if !requirements.contains(other.as_str()) {
                    problems.push(format!(
                        "requirement `{id}`: `{field}` names unknown requirement `{other}`"
                    ));
                }
            }
        };
        refers("companions", &r.companions);
        if let Some(context) = &r.context {
            refers("context.when_on", &context.when_on);
            refers("context.when_off", &context.when_off);
        }
        for (field, text) in [
            ("split_reason", &r.split_reason),
            ("context.note", &r.context.as_ref().map(|c| c.note.clone())),
        ] {
            if let Some(text) = text {
                check_clause("requirement", id, field, text, &mut problems);
            }
        }
    }
    for p in &k.presets {
        check_preset(k, p, &requirements, &mut problems);
    }
    check_plan(k, &requirements, &mut problems);
    problems
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

/// Every text of the knowledge base that may name packages, with its owner.
fn texts(k: &Knowledge) -> Vec<(String, &str)> {
    let mut all: Vec<(String, &str)> = Vec::new();
    for r in &k.requirements {
        let owner = format!("requirement `{}`", r.id);
        let fields = [
            ("why", Some(&r.why)),
            ("covered_by", r.covered_by.as_ref()),
            ("ships", r.ships.as_ref()),
            ("on_django", r.on_django.as_ref()),
            ("on_fastapi", r.on_fastapi.as_ref()),
            ("risk_on_django", r.risk_on_django.as_ref()),
            ("risk_on_fastapi", r.risk_on_fastapi.as_ref()),
            ("revisit_on_django", r.revisit_on_django.as_ref()),
            ("revisit_on_fastapi", r.revisit_on_fastapi.as_ref()),
        ];
        for (field, text) in fields {
            if let Some(text) = text {
                all.push((format!("{owner} `{field}`"), text.as_str()));
            }
        }
        if let Some(c) = &r.context {
            all.push((format!("{owner} `context.note`"), c.note.as_str()));
            for (field, text) in [
                ("context.on_django", &c.on_django),
                ("context.on_fastapi", &c.on_fastapi),
            ] {
                if let Some(text) = text {
                    all.push((format!("{owner} `{field}`"), text.as_str()));
                }
            }
        }
    }
    for f in &k.frameworks {
        let owner = format!("framework `{:?}`", f.id).to_lowercase();
        for (field, text) in [
            ("stack", Some(&f.stack)),
            ("server", Some(&f.server)),
            ("server_async", f.server_async.as_ref()),
            ("risk", Some(&f.risk)),
            ("revisit", Some(&f.revisit)),
        ] {
            if let Some(text) = text {
                all.push((format!("{owner} `{field}`"), text.as_str()));
            }
        }
    }
    for (n, step) in k.steps.iter().enumerate() {
        all.push((format!("step {}", n + 1), step.text.as_str()));
    }
    for (n, line) in k.contract.iter().enumerate() {
        all.push((format!("contract line {}", n + 1), line.text.as_str()));
    }
    let u = &k.undecided;
    all.push((
        "undecided `too_little_stack`".into(),
        u.too_little_stack.as_str(),
    ));
    all.push((
        "undecided `too_little_risk`".into(),
        u.too_little_risk.as_str(),
    ));
    all.push((
        "undecided `too_little_revisit`".into(),
        u.too_little_revisit.as_str(),
    ));
    all.push((
        "undecided `workload_stack`".into(),
        u.workload_stack.as_str(),
    ));
    all.push(("undecided `workload_risk`".into(), u.workload_risk.as_str()));
    all.push((
        "undecided `workload_revisit`".into(),
        u.workload_revisit.as_str(),
    ));
    all.push(("undecided `balanced_risk`".into(), u.balanced_risk.as_str()));
    all.push((
        "undecided `balanced_revisit`".into(),
        u.balanced_revisit.as_str(),
    ));
    for text in u
        .too_little_steps
        .iter()
        .chain(&u.workload_steps)
        .chain(&u.balanced_steps)
    {
        all.push(("undecided step".into(), text.as_str()));
    }
    all
}

/// The rules of the plan: every package named has a record, records are
/// complete and used, the stacks, steps and contract are well formed.
fn check_plan(k: &Knowledge, requirements: &HashSet<&str>, problems: &mut Vec<String>) {
    for r in &k.requirements {
        let id = r.id.as_str();
        check_text("requirement", id, "noun", &r.noun, problems);
        if r.lean != Lean::Neutral && r.ships.is_none() {
            problems.push(format!(
                "requirement `{id}`: needs `ships`: what decides it when its side wins"
            ));
        }
        for (field, text) in [
            ("revisit_on_django", &r.revisit_on_django),
            ("revisit_on_fastapi", &r.revisit_on_fastapi),
        ] {
            if let Some(text) = text {
                check_clause("requirement", id, field, text, problems);
            }
        }
    }
    let mut labels = HashSet::new();
    let mut names = HashSet::new();
    for p in &k.packages {
        check_text("package", &p.label, "label", &p.label, problems);
        if !labels.insert(p.label.as_str()) {
            problems.push(format!("package `{}`: duplicate label", p.label));
        }
        if !names.insert(p.name.to_lowercase()) {
            problems.push(format!(
                "package `{}`: duplicate name `{}`",
                p.label, p.name
            ));
        }
        let month = p.checked_on.as_bytes();
        if !(month.len() == 7
            && month[4] == b'-'
            && p.checked_on
                .replace('-', "")
                .bytes()
                .all(|b| b.is_ascii_digit()))
        {
            problems.push(format!("package `{}`: checked_on must be YYYY-MM", p.label));
        }
        check_text("package", &p.label, "checked", &p.checked, problems);
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
    for id in [FrameworkId::Django, FrameworkId::Fastapi, FrameworkId::Both] {
        let name = format!("{id:?}").to_lowercase();
        match k.frameworks.iter().filter(|f| f.id == id).count() {
            1 => {}
            n => problems.push(format!("framework `{name}`: needs one entry, has {n}")),
        }
        for place in [Place::First, Place::Last] {
            let n = k
                .steps
                .iter()
                // One first step, and one last step without `when` (the default).
                .filter(|s| s.framework == id && s.place == place && s.when.is_empty())
                .count();
            if n != 1 {
                problems.push(
                    format!("steps of `{name}`: need one {place:?} step, have {n}").to_lowercase(),
                );
            }
        }
    }
    for f in &k.frameworks {
        if f.server_async.is_some() && f.id != FrameworkId::Django {
            problems.push("framework: only Django has `server_async`".into());
        }
        check_clause(
            "framework",
            &format!("{:?}", f.id).to_lowercase(),
            "revisit",
            &f.revisit,
            problems,
        );
    }
    for (n, step) in k.steps.iter().enumerate() {
        let owner = format!("step {}", n + 1);
        match (step.place, step.when.is_empty()) {
            (Place::Middle, true) => problems.push(format!("{owner}: a middle step needs `when`")),
            (Place::First, false) => problems.push(format!("{owner}: a first step has no `when`")),
            _ => {}
        }
        if step.service && step.framework != FrameworkId::Both {
            problems.push(format!(
                "{owner}: only a step of `both` can be a `service` step"
            ));
        }
        for (field, ids) in [
            ("when", &step.when),
            ("with_all", &step.with_all),
            ("without", &step.without),
        ] {
            for id in ids {
                if (id != "any" || field != "when") && !requirements.contains(id.as_str()) {
                    problems.push(format!(
                        "{owner}: `{field}` names unknown requirement `{id}`"
                    ));
                }
            }
        }
    }
    for (n, line) in k.contract.iter().enumerate() {
        for id in &line.when {
            let service = k
                .requirements
                .iter()
                .any(|r| &r.id == id && r.role == Some(Role::Service));
            if !service {
                problems.push(format!(
                    "contract line {}: `when` must name service parts, not `{id}`",
                    n + 1
                ));
            }
        }
    }
    let u = &k.undecided;
    for (field, steps) in [
        ("too_little_steps", &u.too_little_steps),
        ("workload_steps", &u.workload_steps),
        ("balanced_steps", &u.balanced_steps),
    ] {
        if !(3..=5).contains(&steps.len()) {
            problems.push(format!("undecided `{field}`: needs three to five steps"));
        }
    }
    check_clause(
        "undecided",
        "plan",
        "too_little_revisit",
        &u.too_little_revisit,
        problems,
    );
    check_clause(
        "undecided",
        "plan",
        "workload_revisit",
        &u.workload_revisit,
        problems,
    );
    check_clause(
        "undecided",
        "plan",
        "balanced_revisit",
        &u.balanced_revisit,
        problems,
    );
}

/// A text used mid-sentence: lowercase start (acronyms aside), no final stop.
fn check_clause(kind: &str, id: &str, field: &str, text: &str, problems: &mut Vec<String>) {
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

fn check_preset(
    k: &Knowledge,
    p: &Preset,
    requirements: &HashSet<&str>,
    problems: &mut Vec<String>,
) {
    let id = p.id.as_str();
    check_text("preset", id, "title", &p.title, problems);
    check_text("preset", id, "story", &p.story, problems);
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
    for r in k
        .requirements
        .iter()
        .filter(|r| used.contains(r.id.as_str()))
    {
        for other in r.excludes.iter().filter(|o| used.contains(o.as_str())) {
            problems.push(format!("preset `{id}`: `{}` contradicts `{other}`", r.id));
        }
    }
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
