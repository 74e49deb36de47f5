//! Effects that components share, written once as hooks.

mod use_clipboard;
mod use_css_variable;

pub use use_clipboard::{use_clipboard, ClipboardError, CopyStatus, UseClipboard};
pub use use_css_variable::use_css_variable;
