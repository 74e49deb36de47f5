//! Keeps the layering honest: the engine must not depend on browser crates.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

#[test]
fn engine_imports_no_browser_or_ui_crate() {
    let forbidden = [
        "yew",
        "web_sys",
        "gloo",
        "wasm_bindgen",
        "js_sys",
        "crate::ui",
        "crate::embed",
    ];
    let mut checked = 0;
    for entry in fs::read_dir("src/engine").expect("src/engine exists") {
        let path = entry.unwrap().path();
        let source = fs::read_to_string(&path).unwrap();
        for line in source
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with("//"))
        {
            for name in forbidden {
                assert!(
                    !line.contains(&format!("{name}::")) && !line.contains(&format!("use {name}")),
                    "{} depends on `{name}`: {line}",
                    path.display()
                );
            }
        }
        checked += 1;
    }
    assert!(
        checked >= 5,
        "expected the engine's modules, found {checked}"
    );
}

#[test]
fn ui_calls_the_engine_only_from_its_state() {
    for entry in fs::read_dir("src/ui").expect("src/ui exists") {
        let path = entry.unwrap().path();
        let source = fs::read_to_string(&path).unwrap();
        let calls = source.contains("evaluate(") || source.contains("what_would_change(");
        let is_state = path.file_name().is_some_and(|n| n == "state.rs");
        assert!(!calls || is_state, "{} calls the engine", path.display());
    }
}
