// Match-query latency through the node's JSON-RPC, on development chains with N synthetic,
// verified therapists (`--chain dev-therapists-N`). A benchmark, not a test: it prints a table.
//
//   node bench/match.js [N ...]            (default: 1000 10000 50000)
//   QUERIES=300 node bench/match.js 10000
//
// Each query is what a client typically sends: their state, one specialty, English, a standard
// session, a price ceiling and "accepting new clients"; states and specialties vary per query.
import { performance } from 'node:perf_hooks';
import { rpc, startNode, waitFor } from '../e2e/harness.js';

const STATES = ['CA', 'NY', 'TX', 'FL', 'WA', 'IL', 'MA', 'PA', 'OH', 'GA'];
const SPECIALTIES = ['anxiety', 'depression', 'traumaPtsd', 'addiction', 'eatingDisorders', 'ocd', 'bipolar',
  'grief', 'relationships', 'family', 'childAdolescent', 'lgbtqAffirming', 'crisisIntervention', 'adhd',
  'sleep', 'stress', 'selfHarm', 'psychosis', 'perinatal', 'chronicIllness'];
const MVT = 10n ** 8n;
const QUERIES = Number(process.env.QUERIES ?? 200);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

function typical(i) {
  return {
    jurisdiction: `US-${STATES[i % STATES.length]}`,
    specialty: SPECIALTIES[(i * 7) % SPECIALTIES.length],
    language: 'en',
    sessionKind: 'standard',
    maxPrice: (150n * MVT).toString(),
    acceptingNewClients: true,
  };
}

async function measure(count) {
  const started = performance.now();
  const node = await startNode({
    name: `match-${count}`,
    dev: false,
    minFinalized: 0,
    // Not a validator: queries read the genesis state; no blocks are needed.
    args: ['--chain', `dev-therapists-${count}`],
  });
  try {
    await waitFor('RPC', async () => {
      if (node.child.exitCode !== null) return true;
      return (await rpc(node.rpcPort, 'mentalverse_chainInfo')).result;
    }, 900_000, 1_000);
    if (node.child.exitCode !== null) throw new Error(`node exited:\n${node.log().slice(-2000)}`);
    const startup = (performance.now() - started) / 1000;
    for (let i = 0; i < 20; i += 1) await rpc(node.rpcPort, 'mentalverse_matchTherapists', [typical(i)]);
    const latencies = [];
    let examined = 0; let found = 0; let complete = 0;
    for (let i = 0; i < QUERIES; i += 1) {
      const t0 = performance.now();
      const reply = await rpc(node.rpcPort, 'mentalverse_matchTherapists', [typical(i), 0, 20]);
      latencies.push(performance.now() - t0);
      if (reply.error) throw new Error(JSON.stringify(reply.error));
      examined += reply.result.examined;
      found += reply.result.total;
      complete += reply.result.complete ? 1 : 0;
    }
    latencies.sort((a, b) => a - b);
    return {
      therapists: count,
      'startup s': startup.toFixed(1),
      'median ms': percentile(latencies, 0.5).toFixed(1),
      'p95 ms': percentile(latencies, 0.95).toFixed(1),
      'max ms': latencies[latencies.length - 1].toFixed(1),
      'examined/query': Math.round(examined / QUERIES),
      'matches/query': Math.round(found / QUERIES),
      complete: `${complete}/${QUERIES}`,
    };
  } finally {
    await node.stop();
  }
}

const sizes = process.argv.slice(2).map(Number);
const rows = [];
for (const count of sizes.length ? sizes : [1000, 10000, 50000]) {
  rows.push(await measure(count));
  console.table(rows);
}
