//! One version everywhere: the crate, the README snippet and the changelog.
#![cfg(not(target_arch = "wasm32"))]

const VERSION: &str = env!("CARGO_PKG_VERSION");

#[test]
fn the_readme_snippet_loads_this_version() {
    let readme = include_str!("../README.md");
    let snippet = format!("/framework-advisor/{VERSION}/framework-advisor.js");
    assert!(readme.contains(&snippet), "README snippet is not {VERSION}");
    // No other version is mentioned in a `framework-advisor/<version>/` path.
    for (at, key) in readme.match_indices("framework-advisor/") {
        let rest = &readme[at + key.len()..];
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            let version = rest.split('/').next().unwrap_or_default();
            assert_eq!(version, VERSION, "README mentions version {version}");
        }
    }
}

#[test]
fn the_changelog_starts_with_this_version() {
    let changelog = include_str!("../CHANGELOG.md");
    let first = changelog
        .lines()
        .find(|line| line.starts_with("## "))
        .expect("a release heading");
    assert!(
        first.starts_with(&format!("## {VERSION} ")) || first == format!("## {VERSION}"),
        "first release heading is {first:?}, the crate is {VERSION}"
    );
}
