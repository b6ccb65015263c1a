//! Turns measurements into the figures of the README's table.

use crate::engine::Measurement;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// The figures of one workload.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct Figures {
	pub workload: String,
	pub included: usize,
	pub failed: usize,
	pub refused: usize,
	pub blocks: usize,
	pub first_block: u32,
	pub last_block: u32,
	pub max_per_block: usize,
	/// Included transactions per second of chain time over the blocks that held them.
	pub included_per_second: f64,
	/// Finalized transactions per second, from the first submission to the last finalization.
	pub finalized_per_second: f64,
	/// Normal-class weight used ÷ its limit: median and largest over the blocks of the run.
	pub fullness_median: f64,
	pub fullness_max: f64,
	pub latency_p50: f64,
	pub latency_p95: f64,
	/// The load generator's CPU use during the run, in cores (1.0 = one core busy).
	pub client_cores: f64,
	/// Mean time to sign one transaction (µs), for pre-signed workloads.
	pub signing_micros: Option<f64>,
	/// Transactions per second if every block were filled to the normal-class weight limit
	/// with this workload's calls (their weights as charged, base weight included).
	pub weight_ceiling_per_second: f64,
	/// Largest measured execution time ÷ weight of a block of the run (`benchmark block`).
	pub block_time_over_weight: Option<f64>,
	pub stalled: bool,
}

impl Figures {
	pub fn new(workload: &str, m: &Measurement, signing: Option<Duration>, ceiling: f64) -> Self {
		let mut fullness: Vec<f64> = m.blocks.iter().map(|b| b.fullness).collect();
		fullness.sort_by(f64::total_cmp);
		let mut latencies: Vec<f64> = m.latencies.iter().map(Duration::as_secs_f64).collect();
		latencies.sort_by(f64::total_cmp);
		let chain_time: Duration = m.blocks.iter().map(|b| b.interval).sum();
		let per_second = |count: usize, time: Duration| {
			if time.is_zero() { 0.0 } else { count as f64 / time.as_secs_f64() }
		};
		Self {
			workload: workload.to_string(),
			included: m.included,
			failed: m.failed,
			refused: m.refused,
			blocks: m.blocks.len(),
			first_block: m.blocks.first().map_or(0, |b| b.number),
			last_block: m.blocks.last().map_or(0, |b| b.number),
			max_per_block: m.blocks.iter().map(|b| b.ours).max().unwrap_or_default(),
			included_per_second: per_second(m.blocks.iter().map(|b| b.ours).sum(), chain_time),
			finalized_per_second: per_second(m.finalized, m.span),
			fullness_median: percentile(&fullness, 0.5),
			fullness_max: fullness.last().copied().unwrap_or_default(),
			latency_p50: percentile(&latencies, 0.5),
			latency_p95: percentile(&latencies, 0.95),
			client_cores: if m.span.is_zero() { 0.0 } else { m.cpu.as_secs_f64() / m.span.as_secs_f64() },
			signing_micros: signing.map(|d| d.as_secs_f64() * 1e6),
			weight_ceiling_per_second: ceiling,
			block_time_over_weight: None,
			stalled: m.stalled,
		}
	}
}

/// The value below which `share` of the sorted `values` lie (nearest rank).
fn percentile(sorted: &[f64], share: f64) -> f64 {
	if sorted.is_empty() {
		return 0.0;
	}
	let rank = ((share * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
	sorted[rank - 1]
}

/// Reads `benchmark block` output lines (`Block 12 with   950 tx used  81.20% of its weight`)
/// into `(block, percent)` pairs.
pub fn parse_block_benchmark(log: &str) -> Vec<(u32, f64)> {
	log.lines()
		.filter_map(|line| {
			let rest = &line[line.find("Block ")? + "Block ".len()..];
			let number = rest.split_whitespace().next()?.parse().ok()?;
			let used = rest.split(" used ").nth(1)?;
			let percent = used.trim_start().split('%').next()?.trim().parse().ok()?;
			Some((number, percent))
		})
		.collect()
}

/// Sets each workload's largest execution ÷ weight from the block benchmark of its blocks.
pub fn apply_block_benchmark(figures: &mut [Figures], blocks: &[(u32, f64)]) {
	for f in figures {
		f.block_time_over_weight = blocks
			.iter()
			.filter(|(n, _)| (f.first_block..=f.last_block).contains(n))
			.map(|(_, percent)| percent / 100.0)
			.reduce(f64::max);
	}
}

/// The Markdown table of the README.
pub fn table(figures: &[Figures]) -> String {
	let mut out = String::from(
		"| workload | included (failed) | blocks | max tx/block | included tx/s | finalized tx/s | weight ceiling tx/s | block fullness median / max | latency p50 / p95 | block exec ÷ weight, max | load generator CPU |\n\
		 |---|---|---|---|---|---|---|---|---|---|---|\n",
	);
	for f in figures {
		let exec = f.block_time_over_weight.map_or("not measured".to_string(), |r| format!("{:.0}%", r * 100.0));
		let signing = f.signing_micros.map_or(String::new(), |us| format!(", {us:.0} µs/signature"));
		out += &format!(
			"| {}{} | {} ({}) | {} | {} | {:.0} | {:.0} | {:.0} | {:.0}% / {:.0}% | {:.1} s / {:.1} s | {} | {:.0}% of a core{} |\n",
			f.workload,
			if f.stalled { " (stalled)" } else { "" },
			f.included,
			f.failed,
			f.blocks,
			f.max_per_block,
			f.included_per_second,
			f.finalized_per_second,
			f.weight_ceiling_per_second,
			f.fullness_median * 100.0,
			f.fullness_max * 100.0,
			f.latency_p50,
			f.latency_p95,
			exec,
			f.client_cores * 100.0,
			signing,
		);
	}
	out
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn reads_block_benchmark_lines() {
		let log = "2026-12-05 INFO Block 12 with   950 tx used  81.20% of its weight (  1,000 of  1,231 ns)\n\
		           2026-12-05 WARN Block 13 with     3 tx used 104.00% of its weight (1 of 1 ns) - OVER WEIGHT!\n\
		           unrelated line";
		assert_eq!(parse_block_benchmark(log), vec![(12, 81.2), (13, 104.0)]);
	}

	#[test]
	fn percentiles_use_the_nearest_rank() {
		let values: Vec<f64> = (1..=20).map(f64::from).collect();
		assert_eq!(percentile(&values, 0.5), 10.0);
		assert_eq!(percentile(&values, 0.95), 19.0);
		assert_eq!(percentile(&[], 0.5), 0.0);
	}
}
