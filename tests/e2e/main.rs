//! End-to-end tests: the `vetpress` binary on fixture projects and on the shipped handbook.

mod common;

mod build;
mod cards;
mod check;
mod colours;
mod content;
mod editions;
mod epub;
mod fallback;
mod fonts;
mod generative;
mod incremental;
mod init;
mod ir;
mod links;
mod local_note;
mod outputs;
mod pages;
mod partners;
mod pseudo;
mod rtl;
mod seal;
mod selfeval;
mod site;
mod stale;
mod theme;
mod typography;
mod validate;
mod watch;
mod xliff;
