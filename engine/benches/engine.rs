//! Engine benchmarks: one evaluation, and evaluation plus "what would change".
//! Run with `cargo bench -p advisor-engine --bench engine`.

use advisor_engine::{
    knowledge::preset,
    scoring::{evaluate, what_would_change},
    Selection,
};
use divan::black_box;

fn main() {
    divan::main();
}

fn scenario(id: &str) -> Selection {
    preset(id).expect("preset exists").selection
}

/// One evaluation of a five-requirement scenario.
#[divan::bench(args = ["hr-saas", "product-with-ml"])]
fn evaluate_scenario(bencher: divan::Bencher, id: &str) {
    let selection = scenario(id);
    bencher.bench(|| evaluate(black_box(&selection)));
}

/// Evaluation plus the full flip analysis, as the UI does on every change.
#[divan::bench(args = ["hr-saas", "product-with-ml"])]
fn evaluate_with_flips(bencher: divan::Bencher, id: &str) {
    let selection = scenario(id);
    bencher.bench(|| {
        let selection = black_box(&selection);
        (evaluate(selection), what_would_change(selection))
    });
}
