//! Sentence building blocks: one routine fills every template, so the
//! sentences stay data (text compresses well in the wasm; a `format!` per
//! sentence is code).

/// Joins phrases as "a", "a and b", "a, b and c".
pub(crate) fn join_words<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let words: Vec<&str> = words.collect();
    let mut out = String::new();
    for (n, word) in words.iter().enumerate() {
        if n > 0 {
            out.push_str(if n + 1 == words.len() { " and " } else { ", " });
        }
        out.push_str(word);
    }
    out
}

/// `template` with each `{}` replaced by the next of `parts`: one routine
/// for every sentence with blanks, so the sentences stay data (text
/// compresses well in the wasm; a `format!` per sentence is code).
pub(crate) fn fill(template: &str, parts: &[&str]) -> String {
    // Templates are ours: `{` only ever opens a `{}`.
    let mut pieces = template.split('{');
    let mut out = String::from(pieces.next().unwrap_or_default());
    for (n, piece) in pieces.enumerate() {
        out.push_str(parts.get(n).copied().unwrap_or_default());
        out.push_str(piece.strip_prefix('}').unwrap_or(piece));
    }
    out
}

/// `text` with its first letter in capitals (a noun that starts a line).
/// ASCII only: the knowledge base's nouns start with ASCII letters, and
/// Unicode case tables would cost the wasm kilobytes.
pub(crate) fn capitalised(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(head) = text.get_mut(..1) {
        head.make_ascii_uppercase();
    }
    text
}
