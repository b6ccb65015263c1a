//! Dispatches the command line to the node service or to one of the standard subcommands.

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	service,
};
use mentalverse_runtime::opaque::Block;
use sc_cli::SubstrateCli;
use sc_network::config::NetworkBackendType;
use sc_service::PartialComponents;

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"MentalVerse Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://github.com/mentalverse/mentalverse-chain/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		chain_spec::load(id)
	}
}

/// The flag that chooses the network backend. This node defaults to libp2p (the backend every
/// deployed Substrate network speaks); `--network-backend litep2p` selects litep2p.
const NETWORK_BACKEND_FLAG: &str = "--network-backend";

fn network_backend_given(args: &[String]) -> bool {
	args.iter().any(|arg| arg == NETWORK_BACKEND_FLAG || arg.starts_with("--network-backend="))
}

/// Parses the command line and runs it.
pub fn run() -> sc_cli::Result<()> {
	let args: Vec<String> = std::env::args().collect();
	let mut cli = Cli::from_iter(args.iter());
	if !network_backend_given(&args) {
		cli.run.network_params.network_backend = sc_cli::NetworkBackendType::Libp2p;
	}

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		},
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config)?;
				// GRANDPA keeps its own record of finalized blocks: revert it with the chain.
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		},
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(frame_benchmarking_cli::BenchmarkCmd::Pallet(cmd)))
			if cmd.runtime.is_some() =>
		{
			// Benchmarks of a given runtime blob need no chain spec (nor an embedded runtime).
			cmd.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(None)
		},
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(frame_benchmarking_cli::BenchmarkCmd::Overhead(cmd)))
			if cmd.params.runtime.is_some() =>
		{
			// The block and extrinsic base weights of a given runtime blob: empty blocks and
			// blocks full of `System::remark`, built on the blob's development genesis preset.
			cmd.run_with_default_builder_and_spec::<Block, ()>(None)
		},
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => {
			use frame_benchmarking_cli::BenchmarkCmd;
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| match cmd {
				BenchmarkCmd::Pallet(cmd) =>
					cmd.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(Some(
						config.chain_spec,
					)),
				BenchmarkCmd::Block(cmd) => {
					let PartialComponents { client, .. } = service::new_partial(&config)?;
					cmd.run(client)
				},
				BenchmarkCmd::Machine(cmd) =>
					cmd.run(&config, frame_benchmarking_cli::SUBSTRATE_REFERENCE_HARDWARE.clone()),
				_ => Err("this benchmark subcommand is not supported by the MentalVerse node".into()),
			})
		},
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<Block>(&config))
		},
		None => {
			let runner = cli.create_runner(&cli.run)?;
			runner.run_node_until_exit(|mut config| async move {
				require_rpc_port(&mut config);
				match config.network.network_backend {
					NetworkBackendType::Libp2p => service::new_full::<
						sc_network::NetworkWorker<Block, <Block as sp_runtime::traits::Block>::Hash>,
					>(config)
					.map_err(sc_cli::Error::Service),
					NetworkBackendType::Litep2p =>
						service::new_full::<sc_network::Litep2pNetworkBackend>(config)
							.map_err(sc_cli::Error::Service),
				}
			})
		},
	}
}

/// Substrate's CLI falls back to a random port when the RPC port is taken. Apps and operators
/// expect the port they configured: a taken port is an error that stops the node instead.
fn require_rpc_port(config: &mut sc_service::Configuration) {
	for endpoint in config.rpc.addr.iter_mut().flatten() {
		endpoint.retry_random_port = false;
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn args(list: &[&str]) -> Vec<String> {
		list.iter().map(|s| s.to_string()).collect()
	}

	#[test]
	fn network_backend_defaults_to_libp2p_unless_given() {
		assert!(!network_backend_given(&args(&["node", "--dev"])));
		assert!(network_backend_given(&args(&["node", "--network-backend", "litep2p"])));
		assert!(network_backend_given(&args(&["node", "--network-backend=litep2p"])));
	}
}
