//! `mentalverse-loadgen`: the load benchmark of a MentalVerse node.
//!
//! `run` prepares a fresh development chain (funded clients, licensed and listed therapists),
//! then drives three workloads through the node's JSON-RPC — MVT transfers (Parity's
//! standard-TPS method), booking requests, and the whole booking flow (request, confirm,
//! complete) — and measures each: transactions included and finalized per second, block
//! fullness against the normal-class weight limit, submission-to-finalization latency, and its
//! own CPU use. `report` adds the `benchmark block` measurements of the same blocks and prints
//! the table. `scripts/loadbench.sh` runs the whole benchmark against a release node.

mod calls;
mod chain;
mod engine;
mod report;
mod rpc;
mod setup;
mod workloads;

use clap::Parser;
use frame_support::dispatch::{DispatchClass, GetDispatchInfo};
use mentalverse_runtime::{configs::RuntimeBlockWeights, RuntimeCall, SLOT_DURATION};
use report::Figures;
use sp_runtime::traits::TransactionExtension;
use std::{path::PathBuf, time::Duration};

#[derive(Parser)]
#[command(about = "Load benchmark of a MentalVerse node over JSON-RPC")]
enum Command {
	/// Prepare a fresh development chain and measure the workloads.
	Run(RunArgs),
	/// Print the table of a run, with the `benchmark block` results of its blocks.
	Report {
		/// The results file `run` wrote.
		#[arg(long)]
		results: PathBuf,
		/// Output of `mentalverse-node benchmark block` over the run's blocks.
		#[arg(long)]
		block_log: Option<PathBuf>,
		/// Print only the first and last block of the run (for `benchmark block`).
		#[arg(long)]
		range: bool,
	},
}

#[derive(Parser)]
struct RunArgs {
	/// The node's RPC address (HTTP).
	#[arg(long, default_value = "127.0.0.1:9944")]
	rpc: String,
	/// Funded clients; each also sends transfers.
	#[arg(long, default_value_t = 4_000)]
	clients: usize,
	/// Licensed therapists; the session flow pairs each with one client.
	#[arg(long, default_value_t = 1_000)]
	therapists: usize,
	#[arg(long, default_value_t = 4)]
	transfers_per_client: usize,
	#[arg(long, default_value_t = 2)]
	requests_per_client: usize,
	/// Request → confirm → complete cycles per client–therapist pair.
	#[arg(long, default_value_t = 2)]
	session_rounds: usize,
	/// Transactions waiting for inclusion, at most (keep below the node's `--pool-limit`).
	#[arg(long, default_value_t = 16_000)]
	window: usize,
	/// Transactions per JSON-RPC batch.
	#[arg(long, default_value_t = 500)]
	batch: usize,
	/// A run ends when nothing was included or finalized for this many seconds.
	#[arg(long, default_value_t = 60)]
	stall_seconds: u64,
	/// Where the figures go (JSON), for `report`.
	#[arg(long)]
	results: PathBuf,
	/// Workloads to run, of `transfers`, `requests`, `sessions`.
	#[arg(long, value_delimiter = ',', default_value = "transfers,requests,sessions")]
	workloads: Vec<String>,
}

fn main() {
	let outcome = match Command::parse() {
		Command::Run(args) => run(args),
		Command::Report { results, block_log, range } => report(results, block_log, range),
	};
	if let Err(error) = outcome {
		eprintln!("error: {error}");
		std::process::exit(1);
	}
}

fn run(args: RunArgs) -> rpc::Result<()> {
	if args.therapists == 0 || args.therapists > args.clients {
		return Err("--therapists must be between 1 and --clients".into());
	}
	let mut rpc = rpc::Rpc::new(&args.rpc);
	let signer = chain::Signer::fetch(&mut rpc)?;
	let limits = engine::Limits {
		window: args.window,
		batch: args.batch,
		stall: Duration::from_secs(args.stall_seconds),
	};
	let population = workloads::Population::derive(args.clients, args.therapists);
	setup::prepare(&mut rpc, &signer, &population, &limits)?;

	let clients: Vec<_> = population.clients.iter().map(chain::account).collect();
	let therapists: Vec<_> = population.therapists.iter().map(chain::account).collect();
	let mut figures = Vec::new();
	for name in &args.workloads {
		let client_nonces = chain::next_nonces(&mut rpc, &clients)?;
		let (best, _) = chain::heads(&mut rpc)?;
		let chain_seconds = chain::BlockView::fetch(&mut rpc, best)?.moment / 1_000;
		let (measurement, signing, samples) = match name.as_str() {
			"transfers" => {
				let mut load = workloads::transfers(&signer, &population, &client_nonces, args.transfers_per_client);
				eprintln!("transfers: {} signed", load.len());
				let m = engine::run(&mut rpc, &signer, &mut load, &limits)?;
				(m, Some(load.signing), vec![calls::transfer(&clients[0], 1)])
			},
			"requests" => {
				let mut load =
					workloads::requests(&signer, &population, &client_nonces, args.requests_per_client, chain_seconds);
				eprintln!("requests: {} signed", load.len());
				let m = engine::run(&mut rpc, &signer, &mut load, &limits)?;
				(m, Some(load.signing), vec![calls::request(&therapists[0], chain_seconds, 0)])
			},
			"sessions" => {
				let therapist_nonces = chain::next_nonces(&mut rpc, &therapists)?;
				let mut load = workloads::Sessions::new(
					&population,
					&client_nonces,
					&therapist_nonces,
					args.session_rounds,
					chain_seconds,
				);
				let m = engine::run(&mut rpc, &signer, &mut load, &limits)?;
				let samples =
					vec![calls::request(&therapists[0], chain_seconds, 0), calls::confirm(0, 0), calls::complete(0)];
				(m, None, samples)
			},
			other => return Err(format!("unknown workload '{other}'")),
		};
		let f = Figures::new(name, &measurement, signing, weight_ceiling(&samples));
		eprintln!("{name}: {f:?}");
		if !measurement.refusals.is_empty() {
			eprintln!("{name}: refused at submission: {:?}", measurement.refusals);
		}
		if !measurement.failures.is_empty() {
			eprintln!("{name}: failed in their block: {:?}", measurement.failures);
		}
		figures.push(f);
	}
	let json = serde_json::to_string_pretty(&figures).map_err(|e| e.to_string())?;
	std::fs::write(&args.results, json).map_err(|e| format!("{}: {e}", args.results.display()))?;
	print!("{}", report::table(&figures));
	Ok(())
}

/// Transactions per second that blocks filled to the normal-class weight limit with an even
/// mix of `calls` would carry: their weights as a block charges them — the call, its
/// transaction extensions and the base extrinsic weight.
fn weight_ceiling(calls: &[RuntimeCall]) -> f64 {
	let weights = RuntimeBlockWeights::get();
	let base = weights.get(DispatchClass::Normal).base_extrinsic.ref_time();
	let charged = |call: &RuntimeCall| {
		call.get_dispatch_info().call_weight.ref_time() + chain::extension(0).weight(call).ref_time() + base
	};
	let mean = calls.iter().map(charged).sum::<u64>() as f64 / calls.len().max(1) as f64;
	let per_block = (chain::normal_weight_limit().ref_time() as f64 / mean).floor();
	per_block / (SLOT_DURATION as f64 / 1_000.0)
}

fn report(results: PathBuf, block_log: Option<PathBuf>, range: bool) -> rpc::Result<()> {
	let read = |path: &PathBuf| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
	let mut figures: Vec<Figures> = serde_json::from_str(&read(&results)?).map_err(|e| e.to_string())?;
	if range {
		let runs = figures.iter().filter(|f| f.blocks > 0);
		let first = runs.clone().map(|f| f.first_block).min().ok_or("no blocks in the results")?;
		let last = runs.map(|f| f.last_block).max().unwrap_or(first);
		println!("{first} {last}");
		return Ok(());
	}
	if let Some(log) = block_log {
		report::apply_block_benchmark(&mut figures, &report::parse_block_benchmark(&read(&log)?));
	}
	print!("{}", report::table(&figures));
	Ok(())
}
