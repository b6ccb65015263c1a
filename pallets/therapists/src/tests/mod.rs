//! One file per call or concern, as KILT does; `properties` drives random call sequences.

mod availability;
mod listing;
mod matching;
mod offerings;
mod properties;
mod rating;
mod register;
mod standing;
mod synthetic;
mod update_profile;
