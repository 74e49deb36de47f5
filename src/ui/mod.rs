//! Yew components, one per file. [`App`] owns the [`AdvisorState`] reducer
//! and hands each component the data and the callbacks it needs, nothing
//! more; shared effects live in [`hooks`]. The engine is called only from
//! [`AdvisorState::new`], and no component builds a URL: links arrive ready
//! from the embedding edge.

mod app;
mod call_to_action;
mod clarity_meter;
mod gap_list;
pub mod hooks;
mod importance_picker;
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
pub use call_to_action::{CallToAction, CallToActionLink, CallToActionLinkProps, CallsToAction};
pub use clarity_meter::{permille_css_value, ClarityMeter, ClarityMeterProps};
pub use gap_list::gap_list;
pub use importance_picker::{ImportancePicker, ImportancePickerProps};
pub use preset_bar::{PresetBar, PresetBarProps};
pub use reason_list::{ReasonList, ReasonListProps};
pub use requirement_group::{RequirementGroup, RequirementGroupProps};
pub use requirement_row::{RequirementRow, RequirementRowProps};
pub use share_bar::{ShareBar, ShareBarProps};
pub use split_plan::{SplitPlan, SplitPlanProps};
pub use state::{Action, AdvisorState};
pub use suggestion_list::{SuggestionList, SuggestionListProps};
pub use theme_switch::{Theme, ThemeSwitch, ThemeSwitchProps};
pub use verdict_line::verdict_line;
pub use verdict_panel::{VerdictPanel, VerdictPanelProps};
