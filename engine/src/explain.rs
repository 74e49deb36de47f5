//! Words for the engine's numbers: headlines, reasons, gaps, suggestions and
//! the Markdown summary a team can paste into a chat or a decision record.

use crate::{
    Contribution, Evaluation, Importance, Lean, RequirementSet, Selection, Suggestion, Suggestions,
    Undecided, Verdict, VerdictKind, REQUIREMENTS,
};

/// The reader-facing name of an importance level.
pub fn importance_label(level: Importance) -> &'static str {
    match level {
        Importance::Off => "off",
        Importance::Nice => "nice-to-have",
        Importance::Important => "important",
        Importance::Must => "must-have",
    }
}

/// A short name for a verdict, as used after an arrow ("→ FastAPI").
pub fn verdict_short(kind: VerdictKind) -> &'static str {
    match kind {
        VerdictKind::NoClearWinner => "no clear winner",
        VerdictKind::Django => "Django",
        VerdictKind::FastApi => "FastAPI",
        VerdictKind::Both => "use both",
    }
}

/// The verdict in a few words, graded: "Django fits best" when the answer is
/// firm, "Leaning towards Django" when it is not.
pub fn headline(evaluation: &Evaluation) -> &'static str {
    match (evaluation.verdict, evaluation.is_firm()) {
        (Verdict::NoClearWinner(_), _) => "No clear winner yet",
        (Verdict::Django, true) => "Django fits best",
        (Verdict::Django, false) => "Leaning towards Django",
        (Verdict::FastApi, true) => "FastAPI fits best",
        (Verdict::FastApi, false) => "Leaning towards FastAPI",
        (Verdict::Both(_), _) => "Use both: Django plus a FastAPI service",
    }
}

/// The verdict in as few words as fit a phone-width bar.
pub fn short_headline(evaluation: &Evaluation) -> &'static str {
    match evaluation.verdict {
        Verdict::Both(_) => "Use both",
        _ => headline(evaluation),
    }
}

/// What a clarity figure means, in words: "firm", "a lean", "a near-tie".
pub fn clarity_text(evaluation: &Evaluation) -> String {
    let clarity = evaluation.clarity;
    match evaluation.verdict {
        Verdict::NoClearWinner(Undecided::NothingChosen | Undecided::OnlyWorkload) => {
            "Clarity: nothing to weigh yet".to_string()
        }
        Verdict::NoClearWinner(Undecided::Balanced) => {
            format!("Clarity {clarity} of 100: too close to call")
        }
        Verdict::NoClearWinner(Undecided::TooLittle) => {
            format!("Clarity {clarity} of 100: too little to go on")
        }
        _ if evaluation.is_firm() => format!("Clarity {clarity} of 100: a firm answer"),
        _ => format!("Clarity {clarity} of 100: a lean, not a firm answer"),
    }
}

/// Joins phrases as "a", "a and b", "a, b and c".
fn join_words(words: impl Iterator<Item = &'static str>) -> String {
    let words: Vec<&str> = words.collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The parts of the system a set of requirements names, e.g. "the staff admin".
pub fn parts_of(set: RequirementSet) -> impl Iterator<Item = &'static str> {
    set.iter().filter_map(|i| REQUIREMENTS[i].part)
}

/// One or two sentences backing the headline.
pub fn detail(evaluation: &Evaluation) -> String {
    let leader = |side: Lean| {
        evaluation
            .contributions()
            .iter()
            .find(|c| c.lean() == side)
            .map_or("", |c| REQUIREMENTS[c.requirement].label)
    };
    let winner = |name: &str, side: Lean| {
        if evaluation.is_firm() {
            format!(
                "Your requirements point clearly to {name}, led by “{}”.",
                leader(side)
            )
        } else {
            format!(
                "Your requirements lean to {name}, led by “{}”, but not by much: \
                 check what would change the answer.",
                leader(side)
            )
        }
    };
    match evaluation.verdict {
        Verdict::NoClearWinner(Undecided::NothingChosen) => {
            "Switch on what your project needs, or start from one of the scenarios.".to_string()
        }
        Verdict::NoClearWinner(Undecided::OnlyWorkload) => "CPU-heavy work limits both \
             frameworks alike, so on its own it favours neither. Add what you are building."
            .to_string(),
        Verdict::NoClearWinner(Undecided::Balanced) => "Your requirements pull both ways and \
             neither side leads clearly: either framework can do this well. Mark what you cannot \
             do without as must-have, or see what would tip it."
            .to_string(),
        Verdict::NoClearWinner(Undecided::TooLittle) => format!(
            "What you chose so far leans slightly to {}, too little to recommend it. Add what \
             you are building, or mark what you cannot do without as must-have.",
            if evaluation.fastapi_points > evaluation.django_points {
                "FastAPI"
            } else {
                "Django"
            }
        ),
        Verdict::Django => winner("Django", Lean::Django),
        Verdict::FastApi => winner("FastAPI", Lean::FastApi),
        Verdict::Both(split) => format!(
            "This is a Django web application with a part that gains from async: run {} as a \
             separate FastAPI service.",
            join_words(parts_of(split.fastapi))
        ),
    }
}

/// One ranked reason: "An admin back office for staff — must-have — strongly favours Django".
pub fn reason(contribution: &Contribution) -> String {
    let req = &REQUIREMENTS[contribution.requirement];
    let level = importance_label(contribution.importance);
    let pull = match req.strength {
        3 => "strongly favours",
        2 => "favours",
        _ => "slightly favours",
    };
    match req.lean {
        Lean::Django => format!("{} — {level} — {pull} Django", req.label),
        Lean::FastApi if contribution.dampened => format!(
            "{} — {level} — {pull} FastAPI, less so with CPU-heavy work",
            req.label
        ),
        Lean::FastApi => format!("{} — {level} — {pull} FastAPI", req.label),
        Lean::Neutral if contribution.points > 0 => format!(
            "{} — {level} — narrows FastAPI's async advantage",
            req.label
        ),
        Lean::Neutral => format!(
            "{} — {level} — limits both frameworks alike; nothing chosen relies on async",
            req.label
        ),
    }
}

/// Requirements the reader needs (important or must-have) that pull towards
/// the framework that was *not* chosen, most important first: the gaps the
/// winner has to cover. Empty unless the verdict is Django or FastAPI.
pub fn gaps(selection: &Selection, evaluation: &Evaluation) -> Vec<usize> {
    let other = match evaluation.verdict {
        Verdict::Django => Lean::FastApi,
        Verdict::FastApi => Lean::Django,
        Verdict::Both(_) | Verdict::NoClearWinner(_) => return Vec::new(),
    };
    let mut found: Vec<usize> = selection
        .chosen()
        .filter(|(i, level)| *level >= Importance::Important && REQUIREMENTS[*i].lean == other)
        .map(|(i, _)| i)
        .collect();
    crate::small_sort::sort_by_key(&mut found, |i| std::cmp::Reverse(selection.get(*i)));
    found
}

/// How one gap is usually covered: "label: how".
pub fn gap_text(requirement: usize) -> String {
    let req = &REQUIREMENTS[requirement];
    format!("{}: {}", req.label, req.covered_by.unwrap_or_default())
}

/// The edit a suggestion proposes, without its outcome: "Make “…” a must-have".
pub fn suggestion(s: &Suggestion) -> String {
    let label = REQUIREMENTS[s.requirement].label;
    let level = importance_label(s.to);
    let article = if s.to == Importance::Important {
        ""
    } else {
        "a "
    };
    match (s.from, s.to) {
        (_, Importance::Off) => format!("Switch off “{label}”"),
        (Importance::Off, _) => format!("Switch on “{label}” as {article}{level}"),
        _ => format!("Make “{label}” {article}{level}"),
    }
}

/// A Markdown summary of the decision: verdict, clarity, reasons, gaps,
/// requirements, what would change it, and the permalink when there is one.
pub fn summary_markdown(
    selection: &Selection,
    evaluation: &Evaluation,
    suggestions: &Suggestions,
    link: Option<&str>,
) -> String {
    let mut md = format!(
        "### Django or FastAPI? {}\n\n{} {}.\n",
        headline(evaluation),
        detail(evaluation),
        clarity_text(evaluation)
    );
    if let Verdict::Both(split) = evaluation.verdict {
        md.push_str(&format!(
            "\n**How to split it**\n- Django: {}\n- FastAPI service: {}\n",
            join_words(parts_of(split.django)),
            join_words(parts_of(split.fastapi))
        ));
    }
    if !evaluation.contributions().is_empty() {
        md.push_str("\n**Why**\n");
        for c in evaluation.contributions() {
            md.push_str(&format!("- {}\n", reason(c)));
        }
    }
    let gaps = gaps(selection, evaluation);
    if !gaps.is_empty() {
        md.push_str("\n**Covering the gaps**\n");
        for i in gaps {
            md.push_str(&format!("- {}\n", gap_text(i)));
        }
    }
    if !selection.is_empty() {
        md.push_str("\n**Requirements**\n");
        for (index, level) in selection.chosen() {
            md.push_str(&format!(
                "- {}: {}\n",
                REQUIREMENTS[index].label,
                importance_label(level)
            ));
        }
    }
    let mut list = |title: &str, items: &mut dyn Iterator<Item = &Suggestion>| {
        let mut items = items.peekable();
        if items.peek().is_some() {
            md.push_str(&format!("\n**{title}**\n"));
            for s in items {
                md.push_str(&format!(
                    "- {} → {}\n",
                    suggestion(s),
                    verdict_short(s.verdict)
                ));
            }
        }
    };
    list("What would change the answer", &mut suggestions.changes());
    list("If the project also needed", &mut suggestions.additions());
    match link {
        Some(link) => md.push_str(&format!("\nWorked out with Framework Advisor: <{link}>\n")),
        None => md.push_str("\nWorked out with Framework Advisor.\n"),
    }
    md
}
