//! Copying text to the clipboard, with the outcome as state.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

/// Why a copy did not reach the clipboard.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ClipboardError {
    /// The page's permissions policy forbids clipboard writes (e.g. a
    /// sandboxed iframe).
    #[error("the page's permissions policy forbids clipboard writes")]
    Forbidden,
    /// The browser has no asynchronous clipboard (an insecure `http:` page).
    #[error("this page has no clipboard access (it needs https)")]
    Unavailable,
    /// The browser refused the write (no user gesture, permission denied).
    #[error("the browser refused the clipboard write")]
    Refused,
}

/// Outcome of the last copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyStatus {
    /// Nothing copied since the last reset.
    Idle,
    /// `what` (e.g. "Link") is on the clipboard.
    Copied(&'static str),
    /// `what` could not be copied; `text` is what the reader should copy by hand.
    Failed {
        /// What was being copied, for the message.
        what: &'static str,
        /// The text that did not reach the clipboard.
        text: AttrValue,
        /// Why.
        error: ClipboardError,
    },
}

/// What [`use_clipboard`] returns.
pub struct UseClipboard {
    /// Outcome of the last copy.
    pub status: CopyStatus,
    /// Copies `(what, text)`: the label for the message and the text itself.
    pub copy: Callback<(&'static str, AttrValue)>,
    /// Forgets the last outcome (e.g. once it no longer describes the page).
    pub reset: Callback<()>,
}

/// False when the page's permissions policy forbids clipboard writes; asking
/// anyway would only log a browser error.
fn clipboard_allowed(window: &web_sys::Window) -> bool {
    let Some(document) = window.document() else {
        return false;
    };
    let policy = Reflect::get(&document, &JsValue::from_str("featurePolicy")).unwrap_or_default();
    let allows = Reflect::get(&policy, &JsValue::from_str("allowsFeature")).unwrap_or_default();
    match allows.dyn_into::<Function>() {
        Ok(allows) => allows
            .call1(&policy, &JsValue::from_str("clipboard-write"))
            .map_or(true, |answer| answer.is_truthy()),
        // Browsers without the policy API decide when asked.
        Err(_) => true,
    }
}

/// Writes `text` to the clipboard.
async fn write_clipboard(text: &str) -> Result<(), ClipboardError> {
    let window = gloo::utils::window();
    if !clipboard_allowed(&window) {
        return Err(ClipboardError::Forbidden);
    }
    let clipboard = window.navigator().clipboard();
    if JsValue::from(clipboard.clone()).is_undefined() {
        return Err(ClipboardError::Unavailable);
    }
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ClipboardError::Refused)
}

/// A copy action and the outcome of the last one.
#[hook]
pub fn use_clipboard() -> UseClipboard {
    let status = use_state_eq(|| CopyStatus::Idle);
    let copy = {
        let status = status.clone();
        Callback::from(move |(what, text): (&'static str, AttrValue)| {
            let status = status.clone();
            spawn_local(async move {
                status.set(match write_clipboard(&text).await {
                    Ok(()) => CopyStatus::Copied(what),
                    Err(error) => CopyStatus::Failed { what, text, error },
                });
            });
        })
    };
    let reset = {
        let status = status.clone();
        Callback::from(move |()| status.set(CopyStatus::Idle))
    };
    UseClipboard {
        status: (*status).clone(),
        copy,
        reset,
    }
}
