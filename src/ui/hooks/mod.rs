//! Effects that components share, written once as hooks.

mod use_clipboard;

pub use use_clipboard::{use_clipboard, ClipboardError, CopyStatus, UseClipboard};
