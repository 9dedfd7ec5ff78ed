//! Small vocabulary types shared by the source model and the document IR.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $prefix:literal { $($(#[$vmeta:meta])* $variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The key used in TOML and in message ids.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            /// The message id of this value's label.
            pub fn label_id(self) -> String {
                format!("{}-{}", $prefix, self.key())
            }
        }
    };
}

vocabulary!(
    /// Who takes part in a method.
    Role, "role" {
        /// The school or college.
        VetProvider => "vet-provider",
        /// The workplace.
        Employer => "employer",
        /// The learner.
        Student => "student",
    }
);

vocabulary!(
    /// How much work a method takes.
    Effort, "effort" { Low => "low", Medium => "medium", High => "high" }
);

vocabulary!(
    /// How experienced a partnership is.
    Level, "level" { Beginner => "beginner", Developing => "developing", Experienced => "experienced" }
);

vocabulary!(
    /// A standard section heading.
    Section, "section" {
        Introduction => "introduction",
        Example => "example",
        Preparation => "preparation",
        Implementation => "implementation",
        FollowUp => "follow-up",
        Tips => "tips",
        Checklists => "checklists",
    }
);

vocabulary!(
    /// The phase a set of steps belongs to.
    Phase, "section" { Preparation => "preparation", Implementation => "implementation", FollowUp => "follow-up" }
);

vocabulary!(
    /// The kind of a callout box.
    CalloutStyle, "callout" {
        Tip => "tip",
        Example => "example",
        Warning => "warning",
        /// A local note: a fact of the reader's country, written by that locale only.
        Note => "note",
    }
);

vocabulary!(
    /// The unit of a method's duration.
    DurationUnit, "duration" { Days => "days", Weeks => "weeks", Months => "months" }
);

vocabulary!(
    /// Handbook page size.
    Paper, "paper" { A5 => "a5", A4 => "a4", UsLetter => "us-letter" }
);

vocabulary!(
    /// How cards are laid out.
    CardLayout, "layout" { Imposed => "imposed", Single => "single" }
);

vocabulary!(
    /// Sheet size for imposed cards.
    Sheet, "sheet" { A4 => "a4", UsLetter => "us-letter" }
);

/// The kind of a chapter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChapterKind {
    /// Running text.
    Text,
    /// One of the collaboration methods: numbered, with metadata and cards.
    Method,
}

/// A typical duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duration {
    /// How many units.
    pub count: u32,
    /// Days, weeks or months.
    pub unit: DurationUnit,
}
