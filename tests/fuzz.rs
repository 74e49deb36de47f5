//! Fuzzing the parsers at the edge (links, fragments, element attributes).
//!
//! The normal test command runs a seed of 2,000 cases per property; the long
//! run is `bash scripts/fuzz.sh` (FUZZ_CASES=100000, release mode).
#![cfg(not(target_arch = "wasm32"))]

use framework_advisor::embed::{parse_attributes, web_link, ATTRIBUTES};
use framework_advisor::engine::links::query_value;
use framework_advisor::engine::{codec::*, knowledge::*, links::*, Importance};
use proptest::prelude::*;
use std::collections::HashMap;

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000)
}

/// Text that looks like our formats often enough to reach deep branches.
fn near_miss() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        prop::sample::select(
            REQUIREMENTS
                .iter()
                .map(|r| r.id.to_string())
                .collect::<Vec<_>>()
        ),
        "[a-z-]{0,12}",
        ".{0,6}",
    ];
    let suffix = prop::sample::select(vec!["", "!", "?", "!!", "?!", "%21", " "]);
    let sep = prop::sample::select(vec![",", ",,", " , ", ";", "&", ":", "#", "="]);
    prop::collection::vec((token, suffix, sep), 0..20).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(t, s, p)| format!("{t}{s}{p}"))
            .collect::<String>()
    })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![near_miss(), ".{0,300}", "\\PC{0,300}"]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn compact_form_never_panics_and_keeps_every_valid_entry(text in any_text()) {
        let decoded = decode(&text);
        // Everything understood re-encodes to a form that decodes to the same.
        prop_assert_eq!(decode(&encode(&decoded.selection)).selection, decoded.selection);
        for skipped in &decoded.skipped {
            prop_assert!(skipped.chars().count() <= 40);
        }
    }

    #[test]
    fn fragments_and_versions_never_panic(
        prefix in any_text(),
        body in any_text(),
        version in prop::sample::select(vec!["v1", "v2", "", "V1", "v1v1"]),
    ) {
        let fragment = format!("#{prefix}&advisor={version}:{body}");
        let state = decode_fragment(&fragment);
        // (Percent escapes and `&` inside the body are decoded or split first.)
        if version == "v1" && !prefix.contains("advisor=") && !body.contains(['%', '&']) {
            prop_assert_eq!(state, LinkState::Present(decode(&body)).clone());
        }
        let _ = decode_versioned(&body);
        let _ = query_value(&format!("https://x.example/p?{prefix}#{body}"), "advisor");
    }

    #[test]
    fn attributes_never_panic_and_warn_at_most_once_per_attribute(
        values in prop::collection::vec(any_text(), ATTRIBUTES.len()),
        present in prop::collection::vec(any::<bool>(), ATTRIBUTES.len()),
    ) {
        let attributes: HashMap<&str, String> = ATTRIBUTES
            .iter()
            .map(|spec| spec.name)
            .zip(values)
            .zip(present)
            .filter(|(_, on)| *on)
            .map(|((name, value), _)| (name, value))
            .collect();
        let (config, warnings) = parse_attributes(|name| attributes.get(name).cloned());
        prop_assert!(warnings.len() <= attributes.len());
        for warning in &warnings {
            let named = ATTRIBUTES.iter().any(|spec| spec.name == warning.attribute())
                && warning.to_string().starts_with(&format!("<framework-advisor>: ignored attribute {}:", warning.attribute()));
            prop_assert!(named, "warning names no attribute: {}", warning);
            prop_assert!(warning.to_string().chars().count() < 400, "warning is bounded");
        }
        let links = &config.cta;
        for cta in [&links.any, &links.django, &links.fastapi, &links.both].into_iter().flatten() {
            let lower = cta.href.to_ascii_lowercase();
            prop_assert!(!lower.contains("javascript:") || lower.starts_with("http"));
        }
    }

    #[test]
    fn web_links_never_let_a_script_scheme_through(
        scheme in prop::sample::select(vec!["javascript", "JavaScript", "data", "vbscript", "file", "http", "https"]),
        noise in prop::sample::select(vec!["", " ", "\t", "\n", "\u{0}", "\u{1f}", "java\tscript"]),
        rest in ".{0,40}",
    ) {
        let link = format!("{noise}{scheme}:{rest}");
        if let Some(accepted) = web_link(&link) {
            let scheme_part = accepted.split(':').next().unwrap_or_default().to_ascii_lowercase();
            let has_scheme = accepted.contains(':') && !scheme_part.contains(['/', '?', '#']);
            prop_assert!(!has_scheme || scheme_part == "http" || scheme_part == "https", "{}", accepted);
        }
    }
}

#[test]
fn over_long_inputs_are_bounded() {
    let megabyte = "admin!,".repeat(150_000);
    let (config, warnings) = parse_attributes(|name| match name {
        "requirements" | "preset" | "theme" | "cta-href" | "cta-label" | "sync-url" => {
            Some(megabyte.clone())
        }
        _ => None,
    });
    assert_eq!(
        config.initial.get(requirement_index("admin").unwrap()),
        Importance::Must
    );
    assert!(
        warnings.iter().all(|w| w.to_string().chars().count() < 400),
        "{warnings:#?}"
    );
    let fragment = format!("#advisor=v1:{}", "x".repeat(100_000));
    match decode_fragment(&fragment) {
        LinkState::Present(decoded) => assert!(decoded.truncated),
        other => panic!("{other:?}"),
    }
}
