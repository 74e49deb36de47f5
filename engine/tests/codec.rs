//! Native tests of the compact form used by permalinks and attributes.
#![cfg(not(target_arch = "wasm32"))]

use advisor_engine::{codec::*, knowledge::*, Importance, Selection};

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
    assert_eq!(encode_versioned(&selection), "v1:admin!,orm,io?");
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
