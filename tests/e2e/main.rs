//! End-to-end tests: the `vetpress` binary on fixture projects and on the shipped handbook.

mod common;

mod build;
mod check;
mod content;
mod editions;
mod generative;
mod ir;
mod validate;
