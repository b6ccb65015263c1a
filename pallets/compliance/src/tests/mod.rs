//! One file per call or view, and the property test over random interleavings.

mod audit_trail;
mod break_glass;
mod consent;
mod erasure;
mod log_access;
mod parameters;
mod properties;
mod prune;
mod views;
