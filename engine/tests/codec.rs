//! Native tests of the compact form used by permalinks and attributes.
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::*;

fn id(name: &str) -> usize {
    requirement_index(name).unwrap()
}

#[test]
fn encodes_in_knowledge_base_order_with_suffixes() {
    let selection = Selection::EMPTY
        .with(id("io"), Importance::Nice)
        .with(id("admin"), Importance::Must)
        .with(id("orm"), Importance::Important);
    assert_eq!(encode(&selection), "admin!,orm,io?");
    assert_eq!(encode_fragment(&selection), "advisor=v1:admin!,orm,io?");
    assert_eq!(encode_fragment(&Selection::EMPTY), "");
}

#[test]
fn unknown_malformed_and_repeated_entries_are_skipped_and_reported() {
    let decoded = decode(" admin! , from-the-future?, !, orm, admin?,,");
    assert_eq!(decoded.selection.get(id("admin")), Importance::Must);
    assert_eq!(decoded.selection.get(id("orm")), Importance::Important);
    assert_eq!(decoded.skipped, ["from-the-future?", "!", "admin?"]);
    assert!(!decoded.truncated);
}

#[test]
fn over_long_input_is_bounded() {
    let megabyte = "admin!,".repeat(150_000);
    let decoded = decode(&megabyte);
    assert!(decoded.truncated);
    assert_eq!(decoded.selection.get(id("admin")), Importance::Must);
    let many = (0..100)
        .map(|i| format!("x{i}"))
        .collect::<Vec<_>>()
        .join(",");
    let decoded = decode(&many);
    assert!(decoded.truncated);
    assert_eq!(decoded.skipped.len(), MAX_ENTRIES);
    assert_eq!(
        decoded.skipped_summary(),
        format!("x0, x1, x2, x3, x4 and {} more", MAX_ENTRIES - 5)
    );
    // A multi-byte character straddling the bound does not panic.
    let _ = decode(&"é".repeat(MAX_INPUT_BYTES));
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
