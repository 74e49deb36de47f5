//! Prints, as one line of JSON, what the hand-written JavaScript needs from
//! the Rust sources: the crate version, the element's attributes (name, kind
//! and summary), the importance levels (id and compact suffix), the scenarios
//! (id and title), the requirement ids and the crash message.
//! `scripts/build-embed.mjs` runs it (`cargo run -p advisor-tools --bin
//! vocabulary`) and splices the values into the loader, the embed builder,
//! the Custom Elements Manifest, the TypeScript declarations and the element
//! reference, so no list is copied or regex-parsed there.

use framework_advisor::embed::{AttributeKind, ATTRIBUTES, CRASH_MESSAGE};
use framework_advisor::engine::{
    knowledge::{PRESETS, REQUIREMENTS},
    Importance,
};
use serde_json::json;

fn main() {
    let attributes: Vec<_> = ATTRIBUTES
        .iter()
        .map(|spec| {
            let kind = match spec.kind {
                AttributeKind::Text => "text",
                AttributeKind::Flag => "flag",
            };
            json!({ "name": spec.name, "kind": kind, "summary": spec.summary })
        })
        .collect();
    let levels: Vec<_> = Importance::ON_LEVELS
        .iter()
        .map(|level| json!({ "id": level.id(), "suffix": level.suffix().unwrap_or_default() }))
        .collect();
    let presets: Vec<_> = PRESETS
        .iter()
        .map(|p| json!({ "id": p.id, "title": p.title }))
        .collect();
    let requirements: Vec<_> = REQUIREMENTS.iter().map(|r| r.id).collect();
    let vocabulary = json!({
        "version": env!("CARGO_PKG_VERSION"),
        "crash_message": CRASH_MESSAGE,
        "attributes": attributes,
        "levels": levels,
        "presets": presets,
        "requirements": requirements,
    });
    println!("{vocabulary}");
}
