//! "Copy link" and "Copy summary", with visible confirmation or a manual
//! fallback when the browser refuses clipboard access.

use super::AdvisorState;
use crate::engine::{encode_fragment, encode_versioned, summary_markdown, Selection};
use js_sys::{Function, Reflect};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

/// Where a widget keeps its state in the page URL; chosen by the embedding edge.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Permalinks {
    /// No permalinks (an embed without `sync-url`): "Copy link" is not offered.
    #[default]
    Off,
    /// In the fragment (`#advisor=v1:…`) of `page_url`, the page's URL
    /// without its fragment. Used by the standalone page.
    Fragment {
        /// The page's URL without its fragment.
        page_url: AttrValue,
    },
    /// In the query parameter `key` of `page_url`, the page's full URL, whose
    /// own fragment (`#anchor`) is kept. Used by embeds with `sync-url`.
    Query {
        /// The page's full URL.
        page_url: AttrValue,
        /// The query parameter's name.
        key: AttrValue,
    },
}

/// The link that restores `selection`, or `None` when permalinks are off.
pub fn permalink(target: &Permalinks, selection: &Selection) -> Option<String> {
    match target {
        Permalinks::Off => None,
        Permalinks::Fragment { page_url } => {
            let fragment = encode_fragment(selection);
            Some(if fragment.is_empty() {
                page_url.to_string()
            } else {
                format!("{page_url}#{fragment}")
            })
        }
        Permalinks::Query { page_url, key } => {
            let (rest, anchor) = match page_url.split_once('#') {
                Some((rest, anchor)) => (rest, Some(anchor)),
                None => (page_url.as_str(), None),
            };
            let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
            let mut params: Vec<String> = query
                .split('&')
                .filter(|p| !p.is_empty() && p.split('=').next() != Some(key.as_str()))
                .map(str::to_string)
                .collect();
            if !selection.is_empty() {
                params.push(format!("{key}={}", encode_versioned(selection)));
            }
            let mut link = path.to_string();
            if !params.is_empty() {
                link.push('?');
                link.push_str(&params.join("&"));
            }
            if let Some(anchor) = anchor {
                link.push('#');
                link.push_str(anchor);
            }
            Some(link)
        }
    }
}

/// Properties of [`ShareBar`].
#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    /// The state to share.
    pub state: AdvisorState,
    /// Where permalinks live, if anywhere.
    pub permalinks: Permalinks,
}

/// Outcome of the last copy.
#[derive(Clone, PartialEq)]
enum CopyStatus {
    Idle,
    Copied(&'static str),
    Failed(&'static str, String),
}

/// False when the page's permissions policy forbids clipboard writes (e.g. a
/// sandboxed iframe); asking anyway would only log a browser error.
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

async fn write_clipboard(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    if !clipboard_allowed(&window) {
        return Err(JsValue::NULL);
    }
    let clipboard = window.navigator().clipboard();
    if JsValue::from(clipboard.clone()).is_undefined() {
        return Err(JsValue::NULL);
    }
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ())
}

/// Two copy buttons and a polite status line.
#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let status = use_state(|| CopyStatus::Idle);
    let link = permalink(&props.permalinks, &props.state.selection);
    // The text is produced on click: the summary is not needed on every render.
    let copy = |what: &'static str, text: Rc<dyn Fn() -> String>| {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let text = text();
            spawn_local(async move {
                match write_clipboard(&text).await {
                    Ok(()) => status.set(CopyStatus::Copied(what)),
                    Err(_) => status.set(CopyStatus::Failed(what, text)),
                }
            });
        })
    };
    let state = props.state;
    let summary_link = link.clone();
    let copy_summary = copy(
        "Summary",
        Rc::new(move || {
            summary_markdown(
                &state.selection,
                &state.evaluation,
                &state.suggestions,
                summary_link.as_deref(),
            )
        }),
    );
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
                if let Some(link) = link {
                    <button type="button" class="fa-button" onclick={copy("Link", Rc::new(move || link.clone()))}>
                        { "Copy link" }
                    </button>
                }
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
