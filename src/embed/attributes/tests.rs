//! Native tests of the element's attribute parsing.

use super::*;
use crate::engine::scoring::VerdictKind;
use crate::engine::{
    knowledge::{preset, requirement_index},
    Importance, Selection,
};
use crate::ui::{CallsToAction, Theme};
use std::collections::HashMap;

fn parse(pairs: &[(&str, &str)]) -> (EmbedConfig, Vec<AttributeError>) {
    let attributes: HashMap<&str, &str> = pairs.iter().copied().collect();
    parse_attributes(|name| attributes.get(name).map(|v| v.to_string()))
}

fn id(name: &str) -> usize {
    requirement_index(name).unwrap()
}

#[test]
fn no_attributes_is_the_default_widget() {
    let (config, warnings) = parse(&[]);
    assert_eq!(config, EmbedConfig::default());
    assert!(warnings.is_empty());
}

#[test]
fn preset_then_requirements_on_top() {
    let (config, warnings) = parse(&[("preset", "ml-service"), ("requirements", "admin!,io?")]);
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut expected = preset("ml-service").unwrap().selection;
    expected.set(id("admin"), Importance::Must);
    expected.set(id("io"), Importance::Nice);
    assert_eq!(config.initial, expected);
}

#[test]
fn every_invalid_value_is_dropped_with_one_warning_naming_its_attribute() {
    let cases: [(&str, &str); 5] = [
        ("preset", "wordpress"),
        ("requirements", "admin!,blockchain"),
        ("theme", "sepia"),
        ("sync-url", "no spaces please"),
        ("cta-href", "javascript:alert(1)"),
    ];
    for (attribute, value) in cases {
        let label = if attribute == "cta-href" {
            "Book a call"
        } else {
            ""
        };
        let mut pairs = vec![(attribute, value)];
        if !label.is_empty() {
            pairs.push(("cta-label", label));
        }
        let (config, warnings) = parse(&pairs);
        assert_eq!(warnings.len(), 1, "{attribute}: {warnings:?}");
        assert_eq!(warnings[0].attribute(), attribute);
        let message = warnings[0].to_string();
        assert!(
            message.starts_with(&format!(
                "<framework-advisor>: ignored attribute {attribute}:"
            )),
            "{message}"
        );
        assert_eq!(config.theme, Theme::Auto);
        assert_eq!(config.cta, CallsToAction::default());
    }
    // The valid part of a partly valid value is kept.
    let (config, _) = parse(&[("requirements", "admin!,blockchain")]);
    assert_eq!(
        config.initial,
        Selection::EMPTY.with(id("admin"), Importance::Must)
    );
}

#[test]
fn theme_sync_url_and_compact_are_read() {
    let (config, _) = parse(&[("theme", " DARK "), ("sync-url", ""), ("compact", "")]);
    assert_eq!(config.theme, Theme::Dark);
    assert_eq!(
        config.sync,
        Some(UrlSync::Query(DEFAULT_SYNC_KEY.to_string()))
    );
    assert!(config.compact);
    let (config, _) = parse(&[("sync-url", "advisor-2"), ("compact", "false")]);
    assert_eq!(config.sync, Some(UrlSync::Query("advisor-2".to_string())));
    let (config, _) = parse(&[("sync-url", "#")]);
    assert_eq!(config.sync, Some(UrlSync::Fragment));
    assert!(!config.compact);
}

#[test]
fn cta_needs_a_web_link_and_keeps_its_label_as_plain_text() {
    let (config, warnings) = parse(&[
        ("cta-href", "  https://example.com/demo  "),
        ("cta-label", "  <b>Book</b>\n a   demo "),
    ]);
    assert!(warnings.is_empty());
    let cta = config.cta.any.unwrap();
    assert_eq!(cta.href, "https://example.com/demo");
    assert_eq!(cta.label, "<b>Book</b> a demo");
    let (config, _) = parse(&[("cta-href", "/pricing")]);
    assert_eq!(config.cta.any.unwrap().label, DEFAULT_CTA_LABEL);
    let (_, warnings) = parse(&[("cta-label", "Orphan")]);
    assert_eq!(warnings, [AttributeError::LabelWithoutLink("cta-label")]);
    let long = "x".repeat(500);
    let (config, _) = parse(&[("cta-href", "https://a.example"), ("cta-label", &long)]);
    assert_eq!(
        config.cta.any.unwrap().label.chars().count(),
        MAX_LABEL_CHARS
    );
}

#[test]
fn each_verdict_can_have_its_own_call_to_action() {
    let (config, warnings) = parse(&[
        ("cta-href", "https://a.example/contact"),
        ("django-cta-href", "https://a.example/django"),
        ("django-cta-label", "Talk to our Django team"),
        ("both-cta-href", "ftp://a.example/both"),
        ("fastapi-cta-label", "No link"),
    ]);
    // The same safety rules as cta-href: a bad link or a label alone is
    // dropped with a warning naming its own attribute.
    let named: Vec<&str> = warnings.iter().map(AttributeError::attribute).collect();
    assert_eq!(named, ["fastapi-cta-label", "both-cta-href"]);
    let links = &config.cta;
    let label = |kind| links.for_verdict(kind).map(|cta| cta.label.to_string());
    assert_eq!(
        label(VerdictKind::Django).as_deref(),
        Some("Talk to our Django team")
    );
    // No valid link of its own: the general one.
    assert_eq!(
        label(VerdictKind::FastApi).as_deref(),
        Some(DEFAULT_CTA_LABEL)
    );
    assert_eq!(label(VerdictKind::Both).as_deref(), Some(DEFAULT_CTA_LABEL));
    assert_eq!(
        label(VerdictKind::NoClearWinner).as_deref(),
        Some(DEFAULT_CTA_LABEL)
    );
    let (config, _) = parse(&[("django-cta-href", "/django")]);
    assert!(config.cta.for_verdict(VerdictKind::FastApi).is_none());
    assert_eq!(
        config.cta.for_verdict(VerdictKind::Django).unwrap().href,
        "/django"
    );
}

#[test]
fn the_scenarios_can_be_hidden() {
    let (config, _) = parse(&[("no-scenarios", "false")]);
    assert!(!config.no_scenarios);
    let (config, _) = parse(&[("no-scenarios", "")]);
    assert!(config.no_scenarios);
}

#[test]
fn attribute_names_are_unique_lowercase_and_include_every_one_parsed() {
    let names: Vec<&str> = ATTRIBUTES.iter().map(|spec| spec.name).collect();
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len());
    assert!(names
        .iter()
        .all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
    // Every attribute parse_attributes asks for is in the list (so the
    // loader observes it and the manifest documents it).
    let asked = std::cell::RefCell::new(Vec::new());
    let _ = parse_attributes(|name| {
        asked.borrow_mut().push(name.to_string());
        None
    });
    for name in asked.into_inner() {
        assert!(
            names.contains(&name.as_str()),
            "{name} is not in ATTRIBUTES"
        );
    }
}

#[test]
fn only_http_and_https_or_relative_links_pass() {
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "  javascript:alert(1)",
        "\u{1}javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "",
        "   ",
    ] {
        assert_eq!(web_link(bad), None, "{bad:?}");
    }
    for (good, expected) in [
        ("https://example.com", "https://example.com"),
        ("HTTP://EXAMPLE.COM/x", "HTTP://EXAMPLE.COM/x"),
        (
            " https://example.com/a?b=c#d ",
            "https://example.com/a?b=c#d",
        ),
        ("/pricing", "/pricing"),
        ("//cdn.example/x", "//cdn.example/x"),
        ("contact.html", "contact.html"),
    ] {
        assert_eq!(web_link(good).as_deref(), Some(expected), "{good:?}");
    }
}
