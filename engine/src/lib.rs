//! The decision engine: knowledge base, scoring, "what would change" analysis,
//! the compact text form of a selection, and the words that explain results.
//!
//! Pure Rust with no browser types: this crate's only dependency is the
//! knowledge crate's vocabulary, so Cargo itself keeps yew, web-sys, gloo and
//! wasm-bindgen out, and everything here is tested natively and fast.
//!
//! The knowledge base (`knowledge/knowledge.toml`) is validated and turned into
//! static tables by `build.rs`; no TOML parser ships.
#![deny(missing_docs)]

mod codec;
mod evaluate;
mod explain;
mod flips;
mod knowledge;
mod plan;
mod selection;
mod small_sort;

pub use advisor_knowledge::Importance;
pub use codec::{
    decode, decode_fragment, decode_versioned, encode, encode_fragment, encode_versioned,
    parameter, Decoded, LinkState, FRAGMENT_KEY, MAX_ENTRIES, MAX_INPUT_BYTES, VERSION_TAG,
};
pub use evaluate::{
    evaluate, Basis, Contribution, Evaluation, RequirementSet, Split, Undecided, Verdict,
    VerdictKind, FIRM_CLARITY, FULL_EVIDENCE_POINTS, LEAN_CLARITY, NEAR_TIE_PERCENT,
};
pub use explain::{
    basis_text, clarity_text, detail, gap_text, gaps, headline, importance_label, outcome,
    parts_of, short_headline, split_reason, suggestion, suggestion_in_words, summary_markdown,
    verdict_short, why,
};
pub use flips::{what_would_change, Suggestion, Suggestions, MAX_SUGGESTIONS};
pub use knowledge::{
    preset, requirement_index, requirements_in, Context, ContractLine, Evidence, Framework, Group,
    Lean, Package, PackageSet, Place, PlanText, Preset, Requirement, Role, Separable, Stack, Step,
    UndecidedPlan, CONTRACT, DEFAULT_ON, FRAMEWORKS, GROUPS, PACKAGES, PRESETS, REQUIREMENTS,
    REQUIREMENT_COUNT, STEPS, UNDECIDED,
};
pub use plan::{added_for, install_line, plan, plan_side, Plan, PlanKind};
pub use selection::Selection;
