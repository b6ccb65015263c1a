// The load generator (`loadgen/`, issue #10) against a dev node, at a small size: its set-up
// lists licensed therapists, every transaction of each workload is included without failure,
// and the chain agrees (nonces of the load accounts, bookings completed and released). The
// benchmark itself (`scripts/loadbench.sh`) runs the same binary at full size on a release node.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { startNode, waitFor } from './harness.js';

const LOADGEN_BIN = process.env.LOADGEN_BIN;
if (!LOADGEN_BIN) throw new Error('LOADGEN_BIN must name the built mentalverse-loadgen binary');

const CLIENTS = 12;
const THERAPISTS = 4;
const TRANSFERS_PER_CLIENT = 2;
const REQUESTS_PER_CLIENT = 1;

function loadgen(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(LOADGEN_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('load generator', () => {
  let node;
  let api;
  let run;
  let figures;
  const dir = mkdtempSync(join(tmpdir(), 'mentalverse-loadgen-'));
  const results = join(dir, 'results.json');

  before(async () => {
    await cryptoWaitReady();
    node = await startNode({ name: 'loadgen' });
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    run = await loadgen([
      'run', '--rpc', `127.0.0.1:${node.rpcPort}`, '--results', results,
      '--clients', String(CLIENTS), '--therapists', String(THERAPISTS),
      '--transfers-per-client', String(TRANSFERS_PER_CLIENT), '--requests-per-client', String(REQUESTS_PER_CLIENT),
      '--session-rounds', '1', '--stall-seconds', '90',
    ]);
    assert.equal(run.code, 0, run.stderr);
    figures = Object.fromEntries(JSON.parse(readFileSync(results, 'utf8')).map((f) => [f.workload, f]));
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  test('every transaction of each workload is included and succeeds', () => {
    const expected = { transfers: CLIENTS * TRANSFERS_PER_CLIENT, requests: CLIENTS * REQUESTS_PER_CLIENT, sessions: THERAPISTS * 3 };
    for (const [workload, count] of Object.entries(expected)) {
      const f = figures[workload];
      assert.equal(f.included, count, `${workload} included`);
      assert.equal(f.failed, 0, `${workload} failed`);
      assert.equal(f.refused, 0, `${workload} refused`);
      assert.equal(f.stalled, false, `${workload} stalled`);
      assert.ok(f.blocks >= 1 && f.first_block <= f.last_block, `${workload} blocks`);
      assert.ok(f.included_per_second > 0 && f.finalized_per_second > 0, `${workload} rates`);
      assert.ok(f.latency_p50 > 0 && f.latency_p50 <= f.latency_p95, `${workload} latency`);
      assert.ok(f.fullness_max > 0 && f.fullness_max <= 1, `${workload} fullness`);
      assert.ok(f.weight_ceiling_per_second > 0, `${workload} ceiling`);
    }
    // A request weighs more than a transfer: fewer fit in a block.
    assert.ok(figures.requests.weight_ceiling_per_second < figures.transfers.weight_ceiling_per_second);
    assert.match(run.stdout, /^\| workload \|/m);
    assert.match(run.stdout, /^\| sessions \| 12 \(0\) \|/m);
  });

  test('the chain agrees: nonces of the load accounts and the completed sessions', async () => {
    const keyring = new Keyring({ type: 'sr25519' });
    const client = keyring.addFromUri('//mentalverse-load//client//0');
    const therapist = keyring.addFromUri('//mentalverse-load//therapist//0');
    // Two transfers, one request, one session request; the listing, a confirmation, a completion.
    assert.equal((await api.rpc.system.accountNextIndex(client.address)).toNumber(), 4);
    assert.equal((await api.rpc.system.accountNextIndex(therapist.address)).toNumber(), 3);
    assert.ok((await api.query.therapists.records(therapist.address)).isSome, 'therapist listed');
    // The 12 day-ahead requests stay open; the 4 completed sessions are released in the block
    // after their completion (no dispute window), so then only the requests remain.
    let open;
    await waitFor('completed sessions to be released', async () => {
      open = await api.query.booking.bookings.entries();
      return open.length === CLIENTS * REQUESTS_PER_CLIENT;
    }, 60_000);
    assert.ok(open.every(([, booking]) => booking.unwrap().status.isRequested));
  });

  test('report reads a block benchmark log into the table', async () => {
    const { first_block: first } = figures.transfers;
    const log = join(dir, 'block.log');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(log, `Block ${first} with    20 tx used  42.75% of its weight (1 of 2 ns)\n`);
    const report = await loadgen(['report', '--results', results, '--block-log', log]);
    assert.equal(report.code, 0, report.stderr);
    assert.match(report.stdout, /^\| transfers \|.*\| 43% \|/m);
    assert.match(report.stdout, /^\| requests \|.*\| not measured \|/m);
  });
});
