//! Native tests of state links: the fragment, query parameters and
//! percent-decoding (`engine/src/links.rs`).
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::links::*;
use advisor_engine::{codec::*, knowledge::*, Importance, Selection};

fn id(name: &str) -> usize {
    requirement_index(name).unwrap()
}

#[test]
fn the_fragment_form_carries_the_version_and_the_compact_form() {
    let selection = Selection::EMPTY
        .with(id("io"), Importance::Nice)
        .with(id("admin"), Importance::Must)
        .with(id("orm"), Importance::Important);
    assert_eq!(encode_fragment(&selection), "advisor=v1:admin!,orm,io?");
    assert_eq!(encode_fragment(&Selection::EMPTY), "");
}

#[test]
fn fragment_is_found_among_other_parts_and_percent_decoded() {
    let expected = Selection::EMPTY
        .with(id("admin"), Importance::Must)
        .with(id("io"), Importance::Nice);
    for fragment in [
        "#advisor=v1:admin!,io?",
        "advisor=v1:admin!,io?",
        "#top&advisor=v1:admin!,io?&x=1",
        "#advisor=v1%3Aadmin%21%2Cio%3F",
    ] {
        assert_eq!(
            decode_fragment(fragment),
            LinkState::Present(decode("admin!,io?")),
            "{fragment}"
        );
        let LinkState::Present(d) = decode_fragment(fragment) else {
            unreachable!()
        };
        assert_eq!(d.selection, expected);
    }
}

#[test]
fn fragments_without_state_or_with_another_version_are_recognised() {
    assert_eq!(decode_fragment(""), LinkState::Absent);
    assert_eq!(decode_fragment("#section-2"), LinkState::Absent);
    assert_eq!(decode_fragment("#advisory=v1:admin"), LinkState::Absent);
    match decode_fragment("#advisor=v9:admin!,hologram") {
        LinkState::UnknownVersion(tag, decoded) => {
            assert_eq!(tag, "v9");
            assert_eq!(decoded.selection.get(id("admin")), Importance::Must);
            assert_eq!(decoded.skipped, ["hologram"]);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        decode_fragment("#advisor=admin"),
        LinkState::UnknownVersion(tag, _) if tag.is_empty()
    ));
}

#[test]
fn parameter_finds_only_the_exact_key() {
    assert_eq!(
        parameter("a=1&advisor=v1:orm&b=2", "advisor"),
        Some("v1:orm")
    );
    assert_eq!(parameter("advisor-2=v1:orm", "advisor"), None);
    assert_eq!(parameter("advisor", "advisor"), None);
    assert_eq!(parameter("advisor=&x=1", "advisor"), Some(""));
    assert_eq!(parameter("", "advisor"), None);
}
#[test]
fn query_links_keep_the_hosts_parameters_and_anchor() {
    let admin = Selection::EMPTY.with(id("admin"), Importance::Must);
    let sync = UrlSync::Query("advisor".to_string());
    assert_eq!(
        sync.link("https://blog.example/post?utm=x#pricing", &admin),
        "https://blog.example/post?utm=x&advisor=v1:admin!#pricing"
    );
    assert_eq!(
        sync.link("https://blog.example/post?advisor=v1:orm&utm=x", &admin),
        "https://blog.example/post?utm=x&advisor=v1:admin!"
    );
    assert_eq!(
        sync.link(
            "https://blog.example/post?advisor=v1:orm#top",
            &Selection::EMPTY
        ),
        "https://blog.example/post#top"
    );
    // Another widget's parameter whose name starts the same is left alone.
    assert_eq!(
        sync.link("https://blog.example/post?advisor-2=v1:orm", &admin),
        "https://blog.example/post?advisor-2=v1:orm&advisor=v1:admin!"
    );
    let value = query_value(
        "https://b.example/p?utm=x&advisor=v1:admin!#advisor=v1:orm",
        "advisor",
    );
    assert_eq!(value, Some("v1:admin!"));
    assert_eq!(
        query_value("https://b.example/p#x?advisor=v1:orm", "advisor"),
        None
    );
    assert_eq!(
        query_value("https://b.example/p?advisor-2=v1:orm", "advisor"),
        None
    );
}

#[test]
fn fragment_links_replace_the_fragment() {
    let admin = Selection::EMPTY.with(id("admin"), Importance::Must);
    let sync = UrlSync::Fragment;
    assert_eq!(
        sync.link("file:///home/r/advisor.html#old", &admin),
        "file:///home/r/advisor.html#advisor=v1:admin!"
    );
    assert_eq!(
        sync.link("https://a.example/?q=1#advisor=v1:orm", &Selection::EMPTY),
        "https://a.example/?q=1"
    );
}

#[test]
fn every_link_reads_back_as_its_selection() {
    let scenario = preset("hr-saas").unwrap().selection;
    for sync in [UrlSync::Fragment, UrlSync::Query("advisor-2".to_string())] {
        for href in [
            "https://blog.example/post",
            "https://blog.example/post?utm=x&advisor-2=v1:io#pricing",
        ] {
            let link = sync.link(href, &scenario);
            let (selection, problems) = selection_from_link(sync.read(&link));
            assert_eq!(selection, scenario, "{link}");
            assert!(problems.is_empty(), "{link}: {problems:?}");
        }
        assert_eq!(sync.read("https://blog.example/post"), LinkState::Absent);
    }
}

#[test]
fn ignored_parts_of_a_link_are_named() {
    let (selection, problems) = selection_from_link(decode_fragment("#advisor=v9:admin!,nope"));
    assert_eq!(
        selection,
        Selection::EMPTY.with(id("admin"), Importance::Must)
    );
    assert_eq!(
        problems,
        [
            LinkProblem::UnknownVersion("v9".to_string()),
            LinkProblem::Skipped("nope".to_string())
        ]
    );
    assert_eq!(problems[0].to_string(), "unknown version `v9`, read as v1");
}
