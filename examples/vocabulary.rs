//! Prints, as one line of JSON, what the hand-written JavaScript needs from the
//! Rust sources: the crate version, the attributes `<framework-advisor>`
//! observes and the scenarios (id and title). `scripts/build-embed.mjs`
//! runs it (`cargo run --example vocabulary`) and splices the values into the
//! loader and the embed builder, so no list is copied or regex-parsed there.

use framework_advisor::embed::OBSERVED;
use framework_advisor::engine::PRESETS;

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
    let observed: Vec<String> = OBSERVED.iter().map(|a| json_string(a)).collect();
    let presets: Vec<String> = PRESETS
        .iter()
        .map(|p| format!("[{},{}]", json_string(p.id), json_string(p.title)))
        .collect();
    println!(
        "{{\"version\":{},\"observed\":[{}],\"presets\":[{}]}}",
        json_string(env!("CARGO_PKG_VERSION")),
        observed.join(","),
        presets.join(",")
    );
}
