//! Unit tests, one file per area: every call's success and failure paths and its events.

mod audit;
mod delegation;
mod expiry;
mod inspect;
mod issue;
mod issuers;
mod lifecycle;
mod properties;
