//! The article page's crash script (src/embed/article-crash.js) shows the
//! widget's own reload message (`CRASH_MESSAGE`), and the page inlines it
//! ahead of the wasm. Release builds of the page trap on a panic
//! (`-Cpanic=immediate-abort`), so no Rust panic hook runs there: this script
//! turns the `WebAssembly.RuntimeError` that reaches the page (from an event
//! handler, a scheduled render or the start-up) into the reload message.
#![cfg(not(target_arch = "wasm32"))]

use framework_advisor::embed::CRASH_MESSAGE;

#[test]
fn the_article_crash_script_shows_the_widget_message() {
    let script = include_str!("../src/embed/article-crash.js");
    assert!(
        script.contains(&format!("'{CRASH_MESSAGE}'")),
        "article-crash.js does not show CRASH_MESSAGE"
    );
}

#[test]
fn the_article_page_loads_the_crash_script_before_the_wasm() {
    let page = include_str!("../index.html");
    let script = page
        .find(r#"<link data-trunk rel="inline" href="src/embed/article-crash.js">"#)
        .expect("index.html inlines article-crash.js");
    let wasm = page
        .find(r#"<link data-trunk rel="rust""#)
        .expect("index.html builds the wasm");
    assert!(script < wasm, "the crash script must come first");
}
