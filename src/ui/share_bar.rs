//! "Copy link" and "Copy summary", with visible confirmation or a manual
//! fallback when the browser refuses clipboard access.

use super::AdvisorState;
use crate::engine::{encode_fragment, summary_markdown, Selection};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

/// Properties of [`ShareBar`].
#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    /// The state to share.
    pub state: AdvisorState,
    /// The page's URL without its fragment; permalinks are built on it.
    pub page_url: AttrValue,
}

/// The permalink for `selection` on the page at `page_url`.
pub fn permalink(page_url: &str, selection: &Selection) -> String {
    let fragment = encode_fragment(selection);
    if fragment.is_empty() {
        page_url.to_string()
    } else {
        format!("{page_url}#{fragment}")
    }
}

/// Outcome of the last copy.
#[derive(Clone, PartialEq)]
enum CopyStatus {
    Idle,
    Copied(&'static str),
    Failed(&'static str, String),
}

async fn write_clipboard(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let clipboard = window.navigator().clipboard();
    if JsValue::from(clipboard.clone()).is_undefined() {
        return Err(JsValue::NULL);
    }
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ())
}

/// Two copy buttons and a polite status line.
#[function_component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let status = use_state(|| CopyStatus::Idle);
    let link = permalink(&props.page_url, &props.state.selection);
    let copy = |what: &'static str, text: String| {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let text = text.clone();
            spawn_local(async move {
                match write_clipboard(&text).await {
                    Ok(()) => status.set(CopyStatus::Copied(what)),
                    Err(_) => status.set(CopyStatus::Failed(what, text)),
                }
            });
        })
    };
    let summary = summary_markdown(
        &props.state.selection,
        &props.state.evaluation,
        &props.state.suggestions,
        &link,
    );
    let copy_link = copy("Link", link);
    let copy_summary = copy("Summary", summary);
    let message = match &*status {
        CopyStatus::Idle => html! {},
        CopyStatus::Copied(what) => html! { <>{ *what }{ " copied to the clipboard." }</> },
        CopyStatus::Failed(what, _) => html! {
            <>{ "Your browser blocked the clipboard. " }{ *what }
              { " is below: select it and copy it yourself." }</>
        },
    };
    html! {
        <div class="fa-share">
            <div class="fa-share__buttons">
                <button type="button" class="fa-button" onclick={copy_link}>{ "Copy link" }</button>
                <button type="button" class="fa-button" onclick={copy_summary}>
                    { "Copy summary" }
                </button>
            </div>
            <p class="fa-share__status" role="status">{ message }</p>
            if let CopyStatus::Failed(what, text) = &*status {
                <textarea class="fa-share__manual" readonly=true rows="6" aria-label={*what}
                    value={text.clone()} />
            }
        </div>
    }
}
