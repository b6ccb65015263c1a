//! Runtime tests: genesis presets, the fee split and chain facts, against the real runtime
//! (native build; `SKIP_WASM_BUILD=1` is enough). One test binary, split by topic.

mod common;
mod fees;
mod genesis;
mod governance;
