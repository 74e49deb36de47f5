//! An optional call-to-action link under the verdict (set by the embedding
//! page), which may differ by verdict.

use crate::engine::scoring::VerdictKind;
use yew::prelude::*;

/// A link the host page wants under the verdict. The edge accepts only
/// http(s) or relative links; the label is always rendered as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallToAction {
    /// Where the link goes.
    pub href: AttrValue,
    /// What the link says.
    pub label: AttrValue,
}

/// The host's calls to action: one per verdict, and one for any other.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallsToAction {
    /// Shown when no verdict-specific link applies.
    pub any: Option<CallToAction>,
    /// Shown when the verdict is (or leans towards) Django.
    pub django: Option<CallToAction>,
    /// Shown when the verdict is (or leans towards) FastAPI.
    pub fastapi: Option<CallToAction>,
    /// Shown when the verdict is "use both".
    pub both: Option<CallToAction>,
}

impl CallsToAction {
    /// The link to show under a verdict of this kind, if any.
    pub fn for_verdict(&self, kind: VerdictKind) -> Option<&CallToAction> {
        let specific = match kind {
            VerdictKind::Django => &self.django,
            VerdictKind::FastApi => &self.fastapi,
            VerdictKind::Both => &self.both,
            VerdictKind::NoClearWinner => &None,
        };
        specific.as_ref().or(self.any.as_ref())
    }
}

/// The call-to-action link, styled as a button; `on_click` is called with
/// it when the reader follows it. A plain view function: no state, no hooks.
pub fn call_to_action_link(cta: &CallToAction, on_click: &Callback<CallToAction>) -> Html {
    let clicked = cta.clone();
    let on_click = on_click.reform(move |_: MouseEvent| clicked.clone());
    html! {
        <a class="fa-cta" part="cta" href={cta.href.clone()} onclick={on_click}>
            { cta.label.clone() }
        </a>
    }
}
