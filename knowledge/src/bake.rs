//! Tables as Rust source: build.rs constructs the knowledge base's values and
//! writes each one out as the literal that rebuilds it ([`Bake`]), so the
//! shipped code holds static data and no parser (ICU4X's databake is the
//! model). The [`table!`](crate::table) and [`vocabulary!`](crate::vocabulary)
//! macros declare a type once, with its fields or variants, and give it its
//! `Bake`: a field added to a table needs no change here, and the compiler
//! checks every literal against the type.

use crate::Importance;
use std::fmt::Write as _;

/// A value that can write the Rust expression that rebuilds it, naming its
/// types as the engine imports them (`Requirement { id: "pages", … }`).
pub trait Bake {
    /// Appends the expression to `out`.
    fn bake(&self, out: &mut String);
}

impl Bake for &'static str {
    fn bake(&self, out: &mut String) {
        // Debug formatting of a str is a valid Rust string literal.
        write!(out, "{self:?}").expect("writing to a String");
    }
}

macro_rules! bake_as_display {
    ($($ty:ty),*) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                write!(out, "{self}").expect("writing to a String");
            }
        }
    )*};
}
bake_as_display!(bool, u8, u16, u32, usize, i32);

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(value) => {
                out.push_str("Some(");
                value.bake(out);
                out.push(')');
            }
        }
    }
}

/// The items of a list, comma-separated in brackets.
pub fn bake_items<'a, T: Bake + 'a>(items: impl IntoIterator<Item = &'a T>, out: &mut String) {
    out.push('[');
    for (n, item) in items.into_iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        item.bake(out);
    }
    out.push(']');
}

impl<T: Bake, const N: usize> Bake for [T; N] {
    fn bake(&self, out: &mut String) {
        bake_items(self, out);
    }
}

impl<T: Bake> Bake for &'static [T] {
    fn bake(&self, out: &mut String) {
        out.push('&');
        bake_items(self.iter(), out);
    }
}

impl Bake for Importance {
    fn bake(&self, out: &mut String) {
        write!(out, "Importance::{self:?}").expect("writing to a String");
    }
}

/// A static table as a Rust item: `pub static NAME: [Type; n] = [...];`.
pub fn bake_static<T: Bake>(out: &mut String, doc: &str, name: &str, ty: &str, items: &[T]) {
    writeln!(out, "/// {doc}").expect("writing to a String");
    write!(out, "pub static {name}: [{ty}; {}] = ", items.len()).expect("writing to a String");
    bake_items(items, out);
    out.push_str(";\n");
}
