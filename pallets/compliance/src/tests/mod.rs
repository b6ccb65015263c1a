//! One file per call or view, and the property test over random interleavings.

mod break_glass;
mod consent;
mod log_access;
mod properties;
mod prune;
mod views;
