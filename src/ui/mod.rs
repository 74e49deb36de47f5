//! The widget's views, one per file. [`App`] is the one component: it holds
//! every piece of state and every effect (the [`AdvisorState`] reducer, the
//! theme, the clipboard outcome, the clarity meter's CSS variable), with the
//! reusable effects written as hooks in [`hooks`]. Everything else is a
//! plain view function (`fn(…) -> Html`): no state and no hooks, so no
//! component machinery per piece (a smaller wasm), and each gets only the
//! data and callbacks it needs. The engine is called only from
//! [`AdvisorState`] (its constructor computes every text the views show; its
//! `summary_markdown` makes the copied record on demand): the views read
//! results and static tables, and no component builds a URL: links arrive
//! ready from the embedding edge. Every `class` is a literal; what changes with
//! the data (a requirement switched on, the meter's state, a reason's side,
//! the compact layout) is a `data-*` attribute the stylesheet selects on, so
//! Yew's run-time class-list parsing stays out of the wasm (1.3 KB brotli).

mod app;
mod call_to_action;
mod clarity_meter;
pub mod hooks;
mod importance_picker;
mod plan_view;
mod preset_bar;
mod reason_list;
mod requirement_group;
mod requirement_row;
mod share_bar;
mod split_plan;
mod state;
mod suggestion_list;
mod theme_switch;
mod verdict_line;
mod verdict_panel;

pub use app::{App, AppProps};
pub use call_to_action::{call_to_action_link, CallToAction, CallsToAction};
pub use clarity_meter::{clarity_meter, permille_css_value};
pub use importance_picker::importance_picker;
pub use plan_view::{plan_view, Disclosures};
pub use preset_bar::preset_bar;
pub use reason_list::reason_list;
pub use requirement_group::requirement_group;
pub use requirement_row::{requirement_row, RowCallbacks};
pub use share_bar::share_bar;
pub use split_plan::split_plan;
pub use state::{Action, AdvisorState, ViewState};
pub use suggestion_list::suggestion_list;
pub use theme_switch::{theme_switch, Theme};
pub use verdict_line::verdict_line;
pub use verdict_panel::{verdict_panel, VerdictPanel};
