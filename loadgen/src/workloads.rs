//! The measured workloads and the set-up they share.
//!
//! - `transfers`: Parity's standard-TPS method — signed `transfer_keep_alive` calls from
//!   pre-funded senders to existing accounts, pre-signed, in nonce order.
//! - `requests`: booking requests, each holding its escrow, pre-signed the same way.
//! - `sessions`: the whole booking flow per client–therapist pair: request a session starting
//!   shortly, the therapist confirms it when the request is in a block, and completes it once
//!   the chain's clock passes its start; then the pair books again.

use crate::{
	calls,
	chain::{account, BlockView, Signer},
	engine::{Tx, Workload},
};
use mentalverse_runtime::{AccountId, RuntimeEvent};
use sp_core::{sr25519, Pair};
use std::{collections::VecDeque, time::Instant};

/// The accounts of a run: clients (who also send the transfers) and therapists.
pub struct Population {
	pub clients: Vec<sr25519::Pair>,
	pub therapists: Vec<sr25519::Pair>,
}

impl Population {
	pub fn derive(clients: usize, therapists: usize) -> Self {
		let derive = |role: &str, n: usize| {
			(0..n)
				.map(|i| sr25519::Pair::from_string(&format!("//mentalverse-load//{role}//{i}"), None))
				.collect::<Result<Vec<_>, _>>()
				.expect("derivation paths are well formed")
		};
		Self { clients: derive("client", clients), therapists: derive("therapist", therapists) }
	}

	pub fn therapist_of(&self, client: usize) -> &sr25519::Pair {
		&self.therapists[client % self.therapists.len()]
	}
}

/// Transactions signed before the run starts, submitted in order.
pub struct Presigned {
	queue: VecDeque<Tx>,
	/// Mean signing time per transaction.
	pub signing: std::time::Duration,
}

impl Presigned {
	/// Signs `per_account` calls of each account, nonce level by nonce level, so that the
	/// pool always holds ready transactions of many senders.
	pub fn new(
		signer: &Signer,
		accounts: &[(&sr25519::Pair, u32)],
		per_account: usize,
		call: impl Fn(usize, usize) -> mentalverse_runtime::RuntimeCall,
	) -> Self {
		let started = Instant::now();
		let mut queue = VecDeque::with_capacity(accounts.len() * per_account);
		for round in 0..per_account {
			for (i, (pair, nonce)) in accounts.iter().enumerate() {
				let encoded = signer.sign(pair, nonce + round as u32, call(i, round));
				queue.push_back(Tx { encoded, tag: i });
			}
		}
		let signing = started.elapsed() / queue.len().max(1) as u32;
		Self { queue, signing }
	}

	pub fn len(&self) -> usize {
		self.queue.len()
	}
}

impl Workload for Presigned {
	fn ready(&mut self, _: &Signer, limit: usize) -> Vec<Tx> {
		let take = limit.min(self.queue.len());
		self.queue.drain(..take).collect()
	}

	fn finished(&self) -> bool {
		self.queue.is_empty()
	}
}

/// Standard-TPS transfers: client `i` sends 1 MVT to client `i + 1`, `per_sender` times.
pub fn transfers(signer: &Signer, population: &Population, nonces: &[u32], per_sender: usize) -> Presigned {
	let recipients: Vec<AccountId> = population.clients.iter().map(account).collect();
	let senders: Vec<_> = population.clients.iter().zip(nonces.iter().copied()).collect();
	Presigned::new(signer, &senders, per_sender, |i, _| {
		calls::transfer(&recipients[(i + 1) % recipients.len()], mentalverse_runtime::MVT)
	})
}

/// Booking requests: client `i` asks its therapist for `per_client` sessions, a day or more
/// ahead, each at its own minute.
pub fn requests(
	signer: &Signer,
	population: &Population,
	nonces: &[u32],
	per_client: usize,
	chain_seconds: u64,
) -> Presigned {
	let therapists: Vec<AccountId> =
		(0..population.clients.len()).map(|i| account(population.therapist_of(i))).collect();
	let clients: Vec<_> = population.clients.iter().zip(nonces.iter().copied()).collect();
	let count = clients.len();
	let first = chain_seconds + 24 * 3_600;
	Presigned::new(signer, &clients, per_client, |i, round| {
		let n = (round * count + i) as u64;
		calls::request(&therapists[i], first + 60 * n, n)
	})
}

/// Where one client–therapist pair is in its booking.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Step {
	/// Ready to request a session.
	Request,
	/// Request submitted; waiting for its block.
	Requesting,
	/// The therapist is to confirm booking `id`.
	Confirm { id: u64, start: u64 },
	Confirming { id: u64, start: u64 },
	/// Confirmed; to complete once the chain's clock reaches `start`.
	Scheduled { id: u64, start: u64 },
	Completing { id: u64 },
	/// All rounds done.
	Done,
}

struct BookingPair {
	client: sr25519::Pair,
	therapist: sr25519::Pair,
	client_nonce: u32,
	therapist_nonce: u32,
	step: Step,
	rounds_left: usize,
	/// Requests or confirmations that failed; a pair gives up after `MAX_FAILURES`.
	failures: u32,
}

const MAX_FAILURES: u32 = 3;

/// The request → confirm → complete flow, `rounds` times per pair.
pub struct Sessions {
	pairs: Vec<BookingPair>,
	/// The chain's clock (unix seconds) at the latest block.
	chain_seconds: u64,
	/// How far ahead sessions are booked: the notice plus time for the request to be included.
	lead: u64,
	serial: u64,
}

impl Sessions {
	pub fn new(population: &Population, client_nonces: &[u32], therapist_nonces: &[u32], rounds: usize, chain_seconds: u64) -> Self {
		let pairs = population
			.therapists
			.iter()
			.enumerate()
			.map(|(i, therapist)| BookingPair {
				client: population.clients[i].clone(),
				therapist: therapist.clone(),
				client_nonce: client_nonces[i],
				therapist_nonce: therapist_nonces[i],
				step: Step::Request,
				rounds_left: rounds,
				failures: 0,
			})
			.collect();
		// A request made after block `b` lands in `b + 1`, one slot later: twelve seconds of
		// notice from there, plus a slot of slack for a busy pool.
		Self { pairs, chain_seconds, lead: calls::MIN_NOTICE_SECONDS + 12, serial: 0 }
	}
}

impl Workload for Sessions {
	fn ready(&mut self, signer: &Signer, limit: usize) -> Vec<Tx> {
		let mut txs = Vec::new();
		for (tag, pair) in self.pairs.iter_mut().enumerate() {
			if txs.len() >= limit {
				break;
			}
			self.serial += 1;
			let (pair_signer, nonce, call, next) = match pair.step {
				Step::Request => {
					let call = calls::request(&account(&pair.therapist), self.chain_seconds + self.lead, self.serial);
					(&pair.client, &mut pair.client_nonce, call, Step::Requesting)
				},
				Step::Confirm { id, start } =>
					(&pair.therapist, &mut pair.therapist_nonce, calls::confirm(id, self.serial), Step::Confirming { id, start }),
				Step::Scheduled { id, start } if self.chain_seconds >= start =>
					(&pair.therapist, &mut pair.therapist_nonce, calls::complete(id), Step::Completing { id }),
				_ => continue,
			};
			txs.push(Tx { encoded: signer.sign(pair_signer, *nonce, call), tag });
			*nonce += 1;
			pair.step = next;
		}
		txs
	}

	fn included(&mut self, tag: usize, block: &BlockView, index: usize) {
		let pair = &mut self.pairs[tag];
		let failed = block.failed(index);
		let next = match pair.step {
			Step::Requesting => block.events_of(index).find_map(|event| match event {
				RuntimeEvent::Booking(pallet_mv_booking::Event::Requested { id, start, .. }) =>
					Some(Step::Confirm { id: *id, start: *start }),
				_ => None,
			}),
			Step::Confirming { id, start } if !failed => Some(Step::Scheduled { id, start }),
			Step::Completing { .. } if !failed => {
				pair.rounds_left -= 1;
				Some(if pair.rounds_left == 0 { Step::Done } else { Step::Request })
			},
			// A failed request (e.g. it waited past its notice), confirmation or completion: the
			// pair books again, up to `MAX_FAILURES` times.
			_ => None,
		};
		pair.step = next.unwrap_or_else(|| {
			pair.failures += 1;
			if pair.failures >= MAX_FAILURES { Step::Done } else { Step::Request }
		});
	}

	fn refused(&mut self, tag: usize) {
		// The node refused it, so its nonce is free again and the step can be retried.
		let pair = &mut self.pairs[tag];
		pair.step = match pair.step {
			Step::Requesting => {
				pair.client_nonce -= 1;
				Step::Request
			},
			Step::Confirming { id, start } => {
				pair.therapist_nonce -= 1;
				Step::Confirm { id, start }
			},
			Step::Completing { id } => {
				pair.therapist_nonce -= 1;
				Step::Scheduled { id, start: 0 }
			},
			other => other,
		};
	}

	fn block(&mut self, block: &BlockView) {
		self.chain_seconds = block.moment / 1_000;
	}

	fn finished(&self) -> bool {
		self.pairs.iter().all(|pair| pair.step == Step::Done)
	}
}
