//! The `<framework-advisor>` element's attributes, parsed once into typed
//! configuration. Pure string handling (no browser types), so it is tested
//! natively; invalid values are dropped with one [`AttributeError`] each.

use super::UrlSync;
use crate::engine::{
    codec::decode,
    knowledge::{preset, PRESETS},
    Selection,
};
use crate::ui::{CallToAction, CallsToAction, Theme};

/// What kind of value an attribute takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttributeKind {
    /// Free text (its property is a string, or `null` when absent).
    Text,
    /// On when present, unless its value is `false` (its property is a boolean).
    Flag,
}

/// One attribute of `<framework-advisor>`: the source of the loader's
/// observed list and properties, the manifest and the TypeScript types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttributeSpec {
    /// The attribute's name.
    pub name: &'static str,
    /// Its kind of value.
    pub kind: AttributeKind,
    /// One sentence for the manifest and the types.
    pub summary: &'static str,
}

const fn text(name: &'static str, summary: &'static str) -> AttributeSpec {
    AttributeSpec {
        name,
        kind: AttributeKind::Text,
        summary,
    }
}

const fn flag(name: &'static str, summary: &'static str) -> AttributeSpec {
    AttributeSpec {
        name,
        kind: AttributeKind::Flag,
        summary,
    }
}

/// Every attribute the element understands; each is observed (applied live
/// when it changes) and mirrored by a property of the same name in camelCase.
pub const ATTRIBUTES: [AttributeSpec; 15] = [
    text("preset", "Scenario to start from, by id (e.g. `ml-service`)."),
    text(
        "requirements",
        "Requirements to switch on, on top of the preset: `id`, `id!` (must-have), `id?` (nice-to-have), comma-separated.",
    ),
    text("theme", "`light`, `dark` or `auto` (follows the reader's system)."),
    text(
        "sync-url",
        "Mirror the reader's choices in the page URL: in the query parameter named by the value (default `advisor`), or in the fragment with `#`.",
    ),
    text("cta-href", "Call-to-action link (http, https or relative) under any verdict."),
    text("cta-label", "Text of the call-to-action link (default “Learn more”)."),
    text("django-cta-href", "Call-to-action link shown instead when the verdict is Django."),
    text("django-cta-label", "Its text."),
    text("fastapi-cta-href", "Call-to-action link shown instead when the verdict is FastAPI."),
    text("fastapi-cta-label", "Its text."),
    text("both-cta-href", "Call-to-action link shown instead when the verdict is “use both”."),
    text("both-cta-label", "Its text."),
    text(
        "cta-project",
        "Hand the reader's project to the call-to-action page: every call-to-action link gets the `v1:` state in the query parameter named by the value (default `advisor`), so a contact form can prefill it.",
    ),
    flag("compact", "Narrow single-column layout for sidebars."),
    flag("no-scenarios", "Hide the scenario buttons and Reset (the host offers its own)."),
];

/// URL parameter used by `sync-url` when it names no key of its own.
pub const DEFAULT_SYNC_KEY: &str = "advisor";

/// Longest call-to-action label kept, in characters.
pub const MAX_LABEL_CHARS: usize = 60;

/// Label used when `cta-href` is valid but `cta-label` is missing.
pub const DEFAULT_CTA_LABEL: &str = "Learn more";

/// An attribute value the element ignored. The values it quotes are clipped
/// to a short single line, so a warning never floods the console.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AttributeError {
    /// `preset` names no scenario.
    #[error("{PREFIX} preset: unknown scenario `{0}` (known: {known})", known = preset_ids())]
    UnknownPreset(String),
    /// `requirements` had unknown or repeated entries (summarised), or was
    /// too long and cut off.
    #[error(
        "{PREFIX} requirements: unknown or repeated entries: {skipped}{cut}",
        cut = if *truncated { " (value too long, cut off)" } else { "" }
    )]
    BadRequirements {
        /// The skipped entries, summarised.
        skipped: String,
        /// Whether the value was cut off.
        truncated: bool,
    },
    /// `theme` is not light, dark or auto.
    #[error("{PREFIX} theme: `{0}` is not light, dark or auto")]
    UnknownTheme(String),
    /// `sync-url` is neither a parameter name nor `#`; the default key is used.
    #[error(
        "{PREFIX} sync-url: `{0}` is not a parameter name (letters, digits, dashes) or `#`; \
         using `{DEFAULT_SYNC_KEY}`"
    )]
    BadSyncKey(String),
    /// `cta-project` is not a parameter name; the default key is used.
    #[error(
        "{PREFIX} cta-project: `{0}` is not a parameter name (letters, digits, dashes); \
         using `{DEFAULT_SYNC_KEY}`"
    )]
    BadProjectKey(String),
    /// A `…cta-href` attribute (named) is not an http(s) or relative link.
    #[error("{PREFIX} {0}: `{1}` is not an http(s) link")]
    NotWebLink(&'static str, String),
    /// A `…cta-label` attribute (named) was given without its `…cta-href`.
    #[error("{PREFIX} {0}: it needs its cta-href")]
    LabelWithoutLink(&'static str),
}

/// How every attribute warning starts.
const PREFIX: &str = "<framework-advisor>: ignored attribute";

/// The scenario ids, for the unknown-preset warning.
fn preset_ids() -> String {
    PRESETS.iter().map(|p| p.id).collect::<Vec<_>>().join(", ")
}

impl AttributeError {
    /// The attribute this is about.
    pub fn attribute(&self) -> &'static str {
        match self {
            Self::UnknownPreset(_) => "preset",
            Self::BadRequirements { .. } => "requirements",
            Self::UnknownTheme(_) => "theme",
            Self::BadSyncKey(_) => "sync-url",
            Self::BadProjectKey(_) => "cta-project",
            Self::NotWebLink(attribute, _) | Self::LabelWithoutLink(attribute) => attribute,
        }
    }
}

/// Typed configuration of one element.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EmbedConfig {
    /// The selection to start from (`preset`, then `requirements` on top).
    pub initial: Selection,
    /// The colour theme.
    pub theme: Theme,
    /// Where the state is mirrored in the page URL, when `sync-url` is set.
    pub sync: Option<UrlSync>,
    /// The call-to-action links under the verdict (`cta-href`, and the
    /// verdict-specific `django-`, `fastapi-` and `both-cta-href`).
    pub cta: CallsToAction,
    /// The query parameter that carries the reader's project on the
    /// call-to-action links (`cta-project`), if the host asked for it.
    pub cta_project: Option<String>,
    /// Narrow layout for sidebars.
    pub compact: bool,
    /// Hide the scenario bar.
    pub no_scenarios: bool,
}

/// Parses the attributes `get` returns (by name) into a configuration and
/// the problems to report, at most one per attribute.
pub fn parse_attributes(
    get: impl Fn(&str) -> Option<String>,
) -> (EmbedConfig, Vec<AttributeError>) {
    let mut config = EmbedConfig::default();
    let mut problems = Vec::new();

    if let Some(value) = get("preset") {
        match preset(value.trim()) {
            Some(p) => config.initial = p.selection,
            None => problems.push(AttributeError::UnknownPreset(clip(&value))),
        }
    }
    if let Some(value) = get("requirements") {
        let decoded = decode(&value);
        for (index, level) in decoded.selection.chosen() {
            config.initial.set(index, level);
        }
        if !decoded.skipped.is_empty() || decoded.truncated {
            problems.push(AttributeError::BadRequirements {
                skipped: decoded.skipped_summary(),
                truncated: decoded.truncated,
            });
        }
    }
    if let Some(value) = get("theme") {
        let name = value.trim().to_ascii_lowercase();
        // An empty attribute (`theme`) means the default.
        let theme = if name.is_empty() {
            Some(Theme::default())
        } else {
            Theme::from_id(&name)
        };
        match theme {
            Some(theme) => config.theme = theme,
            None => problems.push(AttributeError::UnknownTheme(clip(&value))),
        }
    }
    if let Some(value) = get("sync-url") {
        let key = value.trim();
        if key.is_empty() {
            config.sync = Some(UrlSync::Query(DEFAULT_SYNC_KEY.to_string()));
        } else if key == "#" {
            config.sync = Some(UrlSync::Fragment);
        } else if is_key(key) {
            config.sync = Some(UrlSync::Query(key.to_string()));
        } else {
            problems.push(AttributeError::BadSyncKey(clip(key)));
            config.sync = Some(UrlSync::Query(DEFAULT_SYNC_KEY.to_string()));
        }
    }
    let mut cta =
        |href: &'static str, label: &'static str| parse_cta(&get, href, label, &mut problems);
    config.cta = CallsToAction {
        any: cta("cta-href", "cta-label"),
        django: cta("django-cta-href", "django-cta-label"),
        fastapi: cta("fastapi-cta-href", "fastapi-cta-label"),
        both: cta("both-cta-href", "both-cta-label"),
    };
    if let Some(value) = get("cta-project") {
        let key = value.trim();
        config.cta_project = Some(if key.is_empty() {
            DEFAULT_SYNC_KEY.to_string()
        } else if is_key(key) {
            key.to_string()
        } else {
            problems.push(AttributeError::BadProjectKey(clip(key)));
            DEFAULT_SYNC_KEY.to_string()
        });
    }
    let is_on = |name: &str| get(name).is_some_and(|v| !v.trim().eq_ignore_ascii_case("false"));
    config.compact = is_on("compact");
    config.no_scenarios = is_on("no-scenarios");
    (config, problems)
}

/// One call-to-action link from its `href` and `label` attributes: the
/// href must be a web link; the label is plain text, whitespace collapsed,
/// at most [`MAX_LABEL_CHARS`] characters.
fn parse_cta(
    get: impl Fn(&str) -> Option<String>,
    href_attribute: &'static str,
    label_attribute: &'static str,
    problems: &mut Vec<AttributeError>,
) -> Option<CallToAction> {
    let label = get(label_attribute)
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty());
    let Some(href) = get(href_attribute) else {
        if label.is_some() {
            problems.push(AttributeError::LabelWithoutLink(label_attribute));
        }
        return None;
    };
    let Some(link) = web_link(&href) else {
        problems.push(AttributeError::NotWebLink(href_attribute, clip(&href)));
        return None;
    };
    Some(CallToAction {
        href: link.into(),
        label: label
            .map(|l| l.chars().take(MAX_LABEL_CHARS).collect::<String>())
            .unwrap_or_else(|| DEFAULT_CTA_LABEL.to_string())
            .into(),
    })
}

/// A short, single-line excerpt of a value for warnings.
fn clip(value: &str) -> String {
    let mut excerpt: String = value.chars().take(40).filter(|c| !c.is_control()).collect();
    if value.chars().count() > 40 {
        excerpt.push('…');
    }
    excerpt
}

/// True for a URL parameter name: 1–24 ASCII letters, digits or dashes.
fn is_key(key: &str) -> bool {
    (1..=24).contains(&key.len()) && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// The link to use for `value` when it is an http(s) URL or a relative one
/// (which resolves against the host page); `None` for any other scheme.
///
/// Mirrors how browsers read URLs: tabs and newlines anywhere are dropped and
/// control characters and spaces around it trimmed, so `java\tscript:` and
/// ` JavaScript:` are recognised as the scheme they are.
pub fn web_link(value: &str) -> Option<String> {
    let cleaned: String = value
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let cleaned = cleaned.trim_matches(|c: char| c <= ' ');
    if cleaned.is_empty() || cleaned.len() > 2048 {
        return None;
    }
    let scheme_end = cleaned.find([':', '/', '?', '#']);
    match scheme_end {
        Some(end) if cleaned[end..].starts_with(':') => {
            let scheme = cleaned[..end].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https").then(|| cleaned.to_string())
        }
        // No scheme: a relative or protocol-relative link, resolved by the host page.
        _ => Some(cleaned.to_string()),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
