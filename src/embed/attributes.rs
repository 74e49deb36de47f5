//! The `<framework-advisor>` element's attributes, parsed once into typed
//! configuration. Pure string handling (no browser types), so it is tested
//! natively; invalid values are dropped with one [`AttributeError`] each.

use super::UrlSync;
use crate::engine::{decode, preset, Selection, PRESETS};
use crate::ui::{CallToAction, Theme};
use std::fmt;

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

/// An attribute value the element ignored. The values it quotes are clipped
/// to a short single line, so a warning never floods the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AttributeError {
    /// `preset` names no scenario.
    UnknownPreset(String),
    /// `requirements` had unknown or repeated entries (summarised), or was
    /// too long and cut off.
    BadRequirements {
        /// The skipped entries, summarised.
        skipped: String,
        /// Whether the value was cut off.
        truncated: bool,
    },
    /// `theme` is not light, dark or auto.
    UnknownTheme(String),
    /// `sync-url` is neither a parameter name nor `#`; the default key is used.
    BadSyncKey(String),
    /// `cta-href` is not an http(s) or relative link.
    NotWebLink(String),
    /// `cta-label` was given without a `cta-href`.
    LabelWithoutLink,
}

impl AttributeError {
    /// The attribute this is about.
    pub fn attribute(&self) -> &'static str {
        match self {
            Self::UnknownPreset(_) => "preset",
            Self::BadRequirements { .. } => "requirements",
            Self::UnknownTheme(_) => "theme",
            Self::BadSyncKey(_) => "sync-url",
            Self::NotWebLink(_) => "cta-href",
            Self::LabelWithoutLink => "cta-label",
        }
    }
}

impl fmt::Display for AttributeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<framework-advisor>: ignored attribute {}: ",
            self.attribute()
        )?;
        match self {
            Self::UnknownPreset(value) => {
                write!(f, "unknown scenario `{value}` (known: ")?;
                for (i, preset) in PRESETS.iter().enumerate() {
                    let separator = if i == 0 { "" } else { ", " };
                    write!(f, "{separator}{}", preset.id)?;
                }
                f.write_str(")")
            }
            Self::BadRequirements { skipped, truncated } => {
                write!(f, "unknown or repeated entries: {skipped}")?;
                if *truncated {
                    f.write_str(" (value too long, cut off)")?;
                }
                Ok(())
            }
            Self::UnknownTheme(value) => write!(f, "`{value}` is not light, dark or auto"),
            Self::BadSyncKey(value) => write!(
                f,
                "`{value}` is not a parameter name (letters, digits, dashes) or `#`; \
                 using `{DEFAULT_SYNC_KEY}`"
            ),
            Self::NotWebLink(value) => write!(f, "`{value}` is not an http(s) link"),
            Self::LabelWithoutLink => f.write_str("it needs a cta-href"),
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
    /// The call-to-action link under the verdict, when `cta-href` is valid.
    pub cta: Option<CallToAction>,
    /// Narrow layout for sidebars.
    pub compact: bool,
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
            None => problems.push(AttributeError::NotWebLink(clip(&href))),
        },
        None if label.is_some() => problems.push(AttributeError::LabelWithoutLink),
        None => {}
    }
    config.compact = get("compact").is_some_and(|v| !v.trim().eq_ignore_ascii_case("false"));
    (config, problems)
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
