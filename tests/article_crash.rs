//! The article page's crash script (src/embed/article-crash.js) shows the
//! widget's own reload message (`CRASH_MESSAGE`, from
//! src/embed/crash-message.txt, which Trunk's pre-build hook writes into the
//! copy the page inlines), and the page inlines it ahead of the wasm. Release builds of the
//! page trap on a panic (`-Cpanic=immediate-abort`), so no Rust panic hook
//! runs there: this script turns the `WebAssembly.RuntimeError` that reaches
//! the page (from an event handler, a scheduled render or the start-up) into
//! the reload message. The page tests check the message it shows.
#![cfg(not(target_arch = "wasm32"))]

use framework_advisor::embed::CRASH_MESSAGE;

#[test]
fn the_article_crash_script_takes_the_message_from_the_build() {
    let script = include_str!("../src/embed/article-crash.js");
    assert_eq!(script.matches("'@CRASH_MESSAGE@'").count(), 1);
    assert!(
        !script.contains(CRASH_MESSAGE),
        "article-crash.js keeps its own copy of the message"
    );
    let trunk = include_str!("../Trunk.toml");
    assert!(
        trunk.contains(r#"command_arguments = ["scripts/page-crash-script.mjs"]"#),
        "Trunk.toml no longer runs the hook that writes the message in"
    );
}

#[test]
fn the_article_page_loads_the_crash_script_before_the_wasm() {
    let page = include_str!("../index.html");
    let script = page
        .find(r#"<link data-trunk rel="inline" href="target/page/article-crash.js">"#)
        .expect("index.html inlines the crash script the hook writes");
    let wasm = page
        .find(r#"<link data-trunk rel="rust""#)
        .expect("index.html builds the wasm");
    assert!(script < wasm, "the crash script must come first");
}
