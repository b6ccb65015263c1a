//! Prepares a fresh development chain for the workloads: Alice (sudo) accredits Bob as a
//! licensing board and relaxes the booking notice, funds every client and therapist; Bob
//! licenses the therapists; each therapist lists itself.

use crate::{
	calls,
	chain::{account, next_nonces, Signer},
	engine::{self, Limits},
	rpc::{Result, Rpc},
	workloads::{Population, Presigned},
};
use mentalverse_runtime::{Balance, RuntimeCall, MVT};
use sp_core::{sr25519, Pair};

/// Each client's funds: fees, escrows of the requests and sessions, and a reserve.
const CLIENT_FUNDS: Balance = 2_000 * MVT;
/// Each therapist's funds: the listing deposit and fees.
const THERAPIST_FUNDS: Balance = 100 * MVT;
/// Transfers per funding transaction, and therapists per licensing transaction.
const PER_BATCH: usize = 200;

pub fn prepare(rpc: &mut Rpc, signer: &Signer, population: &Population, limits: &Limits) -> Result<()> {
	let alice = sr25519::Pair::from_string("//Alice", None).expect("dev seed");
	let bob = sr25519::Pair::from_string("//Bob", None).expect("dev seed");

	let mut funding = vec![calls::governance_setup(&account(&bob))];
	let payees = population
		.clients
		.iter()
		.map(|pair| (account(pair), CLIENT_FUNDS))
		.chain(population.therapists.iter().map(|pair| (account(pair), THERAPIST_FUNDS)))
		.collect::<Vec<_>>();
	funding.extend(
		payees.chunks(PER_BATCH).map(|chunk| calls::batch_all(chunk.iter().map(|(to, value)| calls::transfer(to, *value)).collect())),
	);
	phase(rpc, signer, limits, "fund accounts", &alice, funding)?;

	let licenses = population
		.therapists
		.iter()
		.enumerate()
		.collect::<Vec<_>>()
		.chunks(PER_BATCH / 2)
		.map(|chunk| calls::batch_all(chunk.iter().flat_map(|(n, pair)| calls::license(&account(pair), *n as u64)).collect()))
		.collect();
	phase(rpc, signer, limits, "license therapists", &bob, licenses)?;

	let therapists: Vec<_> = population.therapists.iter().collect();
	let nonces = next_nonces(rpc, &therapists.iter().map(|pair| account(pair)).collect::<Vec<_>>())?;
	let accounts: Vec<_> = therapists.into_iter().zip(nonces).collect();
	let mut listings = Presigned::new(signer, &accounts, 1, |n, _| calls::listing(n as u64));
	expect_all(engine::run(rpc, signer, &mut listings, limits)?, accounts.len(), "list therapists")
}

/// `calls` from one account, in order; every one must succeed.
fn phase(rpc: &mut Rpc, signer: &Signer, limits: &Limits, name: &str, from: &sr25519::Pair, calls: Vec<RuntimeCall>) -> Result<()> {
	let nonce = next_nonces(rpc, &[account(from)])?[0];
	let mut workload = Presigned::new(signer, &[(from, nonce)], calls.len(), |_, round| calls[round].clone());
	expect_all(engine::run(rpc, signer, &mut workload, limits)?, calls.len(), name)
}

fn expect_all(m: engine::Measurement, count: usize, name: &str) -> Result<()> {
	eprintln!("set-up: {name}: {} of {count} finalized, {} failed", m.finalized, m.failed);
	if m.finalized == count && m.failed == 0 && m.refused == 0 {
		Ok(())
	} else {
		Err(format!(
			"set-up step '{name}' did not go through: {} submitted, {} refused ({:?}), {} failed ({:?}), stalled: {}",
			m.submitted, m.refused, m.refusals, m.failed, m.failures, m.stalled
		))
	}
}
