//! Submits a workload's transactions over JSON-RPC and follows every block, recording when each
//! transaction was submitted, included and finalized, and how full each block was.

use crate::{
	chain::{self, BlockView, Signer},
	rpc::{Result, Rpc},
};
use serde_json::{json, Value};
use std::{
	collections::HashMap,
	time::{Duration, Instant},
};

/// A signed transaction and what it is to its workload.
pub struct Tx {
	pub encoded: Vec<u8>,
	/// The workload's own label (e.g. the index of the client it belongs to).
	pub tag: usize,
}

/// A source of transactions, which may react to what the chain did with earlier ones.
pub trait Workload {
	/// Up to `limit` transactions to submit now.
	fn ready(&mut self, signer: &Signer, limit: usize) -> Vec<Tx>;
	/// Transaction `tag` is extrinsic `index` of `block` (its events say how it went).
	fn included(&mut self, _tag: usize, _block: &BlockView, _index: usize) {}
	/// The node refused transaction `tag` at submission.
	fn refused(&mut self, _tag: usize) {}
	/// A new best block, after `included` was called for its transactions.
	fn block(&mut self, _block: &BlockView) {}
	/// No more transactions will come.
	fn finished(&self) -> bool;
}

/// How a run is driven.
pub struct Limits {
	/// Transactions submitted but not yet included, at most (the node's pool holds 8,192).
	pub window: usize,
	/// Transactions per JSON-RPC batch.
	pub batch: usize,
	/// The run ends when nothing was included or finalized for this long.
	pub stall: Duration,
}

/// One block that included transactions of the run.
#[derive(Clone, Debug)]
pub struct BlockStat {
	pub number: u32,
	pub ours: usize,
	/// Normal-class weight used ÷ the normal-class limit.
	pub fullness: f64,
	/// Time since the previous block, by the chain's timestamps.
	pub interval: Duration,
}

/// Everything measured in one run.
#[derive(Default, Debug)]
pub struct Measurement {
	pub submitted: usize,
	pub refused: usize,
	pub refusals: HashMap<String, usize>,
	pub included: usize,
	/// Included, but the call failed (`ExtrinsicFailed`).
	pub failed: usize,
	pub failures: HashMap<String, usize>,
	pub finalized: usize,
	pub blocks: Vec<BlockStat>,
	/// Submission to finalization of each finalized transaction.
	pub latencies: Vec<Duration>,
	/// From the first submission to the last finalization.
	pub span: Duration,
	/// CPU time (user + system) of this process during the run.
	pub cpu: Duration,
	pub stalled: bool,
}

struct InFlight {
	tag: usize,
	submitted: Instant,
	/// The block that included it.
	block: Option<u32>,
}

/// Runs `workload` to its end against the node behind `rpc`.
pub fn run(rpc: &mut Rpc, signer: &Signer, workload: &mut dyn Workload, limits: &Limits) -> Result<Measurement> {
	let limit = chain::normal_weight_limit().ref_time() as f64;
	let cpu_at_start = cpu_time();
	let started = Instant::now();
	let mut m = Measurement::default();
	let mut in_flight: HashMap<[u8; 32], InFlight> = HashMap::new();
	let mut waiting_inclusion = 0usize;
	let (mut seen, mut seen_final) = chain::heads(rpc)?;
	let mut last_moment = BlockView::fetch(rpc, seen)?.moment;
	let mut last_progress = Instant::now();

	loop {
		// Submit what the workload has, keeping at most `window` transactions in the pool.
		let room = limits.window.saturating_sub(waiting_inclusion);
		if room > 0 && !workload.finished() {
			let txs = workload.ready(signer, room);
			for chunk in txs.chunks(limits.batch) {
				let calls: Vec<(&str, Value)> =
					chunk.iter().map(|tx| ("author_submitExtrinsic", json!([chain::hex(&tx.encoded)]))).collect();
				let now = Instant::now();
				for (tx, answer) in chunk.iter().zip(rpc.batch(&calls)?) {
					match answer {
						Ok(_) => {
							m.submitted += 1;
							waiting_inclusion += 1;
							in_flight.insert(
								chain::transaction_hash(&tx.encoded),
								InFlight { tag: tx.tag, submitted: now, block: None },
							);
						},
						Err(error) => {
							m.refused += 1;
							*m.refusals.entry(format!("{} {}", error.code, error.message)).or_default() += 1;
							workload.refused(tx.tag);
						},
					}
				}
			}
		}

		// Follow the chain: new best blocks, then finality.
		let (best, finalized) = chain::heads(rpc)?;
		for number in seen + 1..=best {
			let block = BlockView::fetch(rpc, number)?;
			let mut ours = 0;
			for (index, hash) in block.extrinsics.iter().enumerate() {
				let Some(tx) = in_flight.get_mut(hash) else { continue };
				if tx.block.is_some() {
					continue;
				}
				tx.block = Some(number);
				ours += 1;
				waiting_inclusion -= 1;
				m.included += 1;
				if let Some(reason) = block.failure(index) {
					m.failed += 1;
					*m.failures.entry(reason).or_default() += 1;
				}
				workload.included(tx.tag, &block, index);
			}
			if ours > 0 {
				last_progress = Instant::now();
				m.blocks.push(BlockStat {
					number,
					ours,
					fullness: block.normal_weight.ref_time() as f64 / limit,
					interval: Duration::from_millis(block.moment.saturating_sub(last_moment)),
				});
			}
			last_moment = block.moment;
			workload.block(&block);
		}
		seen = seen.max(best);
		if finalized > seen_final {
			let now = Instant::now();
			in_flight.retain(|_, tx| match tx.block {
				Some(number) if number <= finalized => {
					m.finalized += 1;
					m.latencies.push(now - tx.submitted);
					m.span = now - started;
					false
				},
				_ => true,
			});
			if m.finalized > 0 {
				last_progress = now;
			}
			seen_final = finalized;
		}

		if workload.finished() && in_flight.is_empty() {
			break;
		}
		if last_progress.elapsed() > limits.stall {
			m.stalled = true;
			break;
		}
		std::thread::sleep(Duration::from_millis(100));
	}
	m.cpu = cpu_time().saturating_sub(cpu_at_start);
	Ok(m)
}

/// CPU time this process has used (user + system).
pub fn cpu_time() -> Duration {
	let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
	// SAFETY: `getrusage` writes a `rusage` for this process into the pointed-to memory.
	let usage = unsafe {
		libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr());
		usage.assume_init()
	};
	let time = |t: libc::timeval| Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64);
	time(usage.ru_utime) + time(usage.ru_stime)
}
