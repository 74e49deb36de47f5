//! The macros that declare the knowledge tables' types: each field or
//! variant is written once, and with feature `schema` the type also gets its
//! [`Bake`](crate::bake::Bake), which writes its literal for build.rs.

/// Declares a struct of the knowledge tables and its [`Bake`](crate::bake::Bake)
/// (at build time), which writes the struct literal field by field: each field
/// is named once, here.
#[macro_export]
macro_rules! table {
    (
        $(#[$meta:meta])*
        pub struct $name:ident $(<$param:ident>)? {
            $($(#[$field_meta:meta])* pub $field:ident: $ty:ty,)*
        }
    ) => {
        $(#[$meta])*
        pub struct $name $(<$param>)? {
            $($(#[$field_meta])* pub $field: $ty,)*
        }

        #[cfg(feature = "schema")]
        impl $(<$param: $crate::bake::Bake>)? $crate::bake::Bake for $name $(<$param>)? {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " {"));
                $(
                    out.push_str(concat!(" ", stringify!($field), ": "));
                    $crate::bake::Bake::bake(&self.$field, out);
                    out.push(',');
                )*
                out.push_str(" }");
            }
        }
    };
}

/// Declares a field-less enum of the knowledge tables and its
/// [`Bake`](crate::bake::Bake) (`Lean::Django`).
#[macro_export]
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident $(= $value:literal)?,)*
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $($(#[$variant_meta])* $variant $(= $value)?,)*
        }

        #[cfg(feature = "schema")]
        impl $crate::bake::Bake for $name {
            fn bake(&self, out: &mut String) {
                out.push_str(match self {
                    $($name::$variant => concat!(stringify!($name), "::", stringify!($variant)),)*
                });
            }
        }
    };
}
