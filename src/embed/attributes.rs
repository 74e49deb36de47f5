//! The `<framework-advisor>` element's attributes, parsed once into typed
//! configuration. Pure string handling (no browser types), so it is tested
//! natively; invalid values are dropped with one warning naming the attribute.

use crate::engine::{decode, preset, Selection, PRESETS};
use crate::ui::{CallToAction, Theme};

/// Every attribute the element understands (and observes for live changes).
pub const OBSERVED: [&str; 7] = [
    "preset",
    "requirements",
    "theme",
    "sync-url",
    "cta-href",
    "cta-label",
    "compact",
];

/// URL parameter used by `sync-url` when it names no key of its own.
pub const DEFAULT_SYNC_KEY: &str = "advisor";

/// Longest call-to-action label kept, in characters.
pub const MAX_LABEL_CHARS: usize = 60;

/// Label used when `cta-href` is valid but `cta-label` is missing.
pub const DEFAULT_CTA_LABEL: &str = "Learn more";

/// Where an element mirrors its state in the page URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlSync {
    /// In this query parameter (`sync-url` or `sync-url="name"`): the host
    /// page's `#anchors` keep working.
    Query(String),
    /// In the fragment, as `#advisor=v1:…` (`sync-url="#"`): for pages the
    /// widget owns, such as the offline file, where `file://` links must work.
    Fragment,
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
    /// The call-to-action link under the verdict, when `cta-href` is valid.
    pub cta: Option<CallToAction>,
    /// Narrow layout for sidebars.
    pub compact: bool,
}

/// Parses the attributes `get` returns (by name) into a configuration and the
/// warnings to log, one per attribute with an invalid value.
pub fn parse_attributes(get: impl Fn(&str) -> Option<String>) -> (EmbedConfig, Vec<String>) {
    let mut config = EmbedConfig::default();
    let mut warnings = Vec::new();
    let mut warn = |attribute: &str, problem: String| {
        warnings.push(format!(
            "<framework-advisor>: ignored attribute {attribute}: {problem}"
        ));
    };

    if let Some(value) = get("preset") {
        match preset(value.trim()) {
            Some(p) => config.initial = p.selection,
            None => {
                let known: Vec<&str> = PRESETS.iter().map(|p| p.id).collect();
                warn(
                    "preset",
                    format!(
                        "unknown scenario `{}` (known: {})",
                        clip(&value),
                        known.join(", ")
                    ),
                );
            }
        }
    }
    if let Some(value) = get("requirements") {
        let decoded = decode(&value);
        for (index, level) in decoded.selection.chosen() {
            config.initial.set(index, level);
        }
        if !decoded.skipped.is_empty() || decoded.truncated {
            let mut problem = format!("unknown or repeated entries: {}", decoded.skipped_summary());
            if decoded.truncated {
                problem.push_str(" (value too long, cut off)");
            }
            warn("requirements", problem);
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
            None => warn(
                "theme",
                format!("`{}` is not light, dark or auto", clip(&value)),
            ),
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
            warn(
                "sync-url",
                format!(
                    "`{}` is not a parameter name (letters, digits, dashes) or `#`; using `{DEFAULT_SYNC_KEY}`",
                    clip(key)
                ),
            );
            config.sync = Some(UrlSync::Query(DEFAULT_SYNC_KEY.to_string()));
        }
    }
    let label = get("cta-label")
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty());
    match get("cta-href") {
        Some(href) => match web_link(&href) {
            Some(href) => {
                config.cta = Some(CallToAction {
                    href: href.into(),
                    label: label
                        .map(|l| l.chars().take(MAX_LABEL_CHARS).collect::<String>())
                        .unwrap_or_else(|| DEFAULT_CTA_LABEL.to_string())
                        .into(),
                });
            }
            None => warn(
                "cta-href",
                format!("`{}` is not an http(s) link", clip(&href)),
            ),
        },
        None if label.is_some() => warn("cta-label", "it needs a cta-href".to_string()),
        None => {}
    }
    config.compact = get("compact").is_some_and(|v| !v.trim().eq_ignore_ascii_case("false"));
    (config, warnings)
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
