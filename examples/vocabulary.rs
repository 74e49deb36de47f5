//! Prints, as one line of JSON, what the hand-written JavaScript needs from the
//! Rust sources: the crate version, the element's attributes (name, kind and
//! summary), the importance levels (id and compact suffix), the scenarios
//! (id and title) and the crash message. `scripts/build-embed.mjs` runs
//! it (`cargo run --example vocabulary`) and splices the values into the
//! loader, the embed builder, the Custom Elements Manifest and the TypeScript
//! declarations, so no list is copied or regex-parsed there.

use framework_advisor::embed::{AttributeKind, ATTRIBUTES, CRASH_MESSAGE};
use framework_advisor::engine::{Importance, PRESETS};

/// `text` as a JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn main() {
    let attributes: Vec<String> = ATTRIBUTES
        .iter()
        .map(|spec| {
            let kind = match spec.kind {
                AttributeKind::Text => "text",
                AttributeKind::Flag => "flag",
            };
            format!(
                "[{},{},{}]",
                json_string(spec.name),
                json_string(kind),
                json_string(spec.summary)
            )
        })
        .collect();
    let levels: Vec<String> = Importance::ON_LEVELS
        .iter()
        .map(|level| {
            let suffix = level.suffix().unwrap_or_default();
            format!("[{},{}]", json_string(level.id()), json_string(suffix))
        })
        .collect();
    let presets: Vec<String> = PRESETS
        .iter()
        .map(|p| format!("[{},{}]", json_string(p.id), json_string(p.title)))
        .collect();
    println!(
        "{{\"version\":{},\"crash_message\":{},\"attributes\":[{}],\"levels\":[{}],\"presets\":[{}]}}",
        json_string(env!("CARGO_PKG_VERSION")),
        json_string(CRASH_MESSAGE),
        attributes.join(","),
        levels.join(","),
        presets.join(",")
    );
}
