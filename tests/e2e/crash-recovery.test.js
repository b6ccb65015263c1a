// A dev node killed with SIGKILL in the middle of a load of transfers, then restarted on the same
// base path: ParityDB recovers to the finalized head, with every finalized transaction and the
// exact state at that head, and the chain goes on. Transactions only in the pool at the kill are
// not promised (the pool is memory; clients resubmit what was never reported finalized).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { finalizedNumber, rpc, startNode, waitFor } from './harness.js';
import { assertFinalizedPresent, startTransfers } from './load.js';

const DEV_ACCOUNTS = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'];

describe('a dev node killed mid-load', () => {
  const basePath = mkdtempSync(join(tmpdir(), 'mentalverse-crash-'));
  const args = ['--base-path', basePath];
  let node;
  let api;

  before(async () => { await cryptoWaitReady(); });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
    rmSync(basePath, { recursive: true, force: true });
  });

  test('restarts on its base path at its finalized head with all finalized state', async () => {
    node = await startNode({ name: 'crash', args });
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    const keyring = new Keyring({ type: 'sr25519' });
    const senders = DEV_ACCOUNTS.slice(0, 5).map((uri) => keyring.addFromUri(uri));
    const recipient = keyring.addFromUri(DEV_ACCOUNTS[5]).address;
    // Eight in flight per sender keeps the pool busy while blocks are imported and finalized.
    const load = startTransfers(api, senders, recipient, { window: 8 });
    await waitFor('40 finalized transfers', async () => load.sent.filter((r) => r.finalized).length >= 40, 180_000);

    // Everything the node reported finalized, and the state at its finalized head, just before
    // the kill; the load is still running (transactions in the pool and in unfinalized blocks).
    const head = (await rpc(node.rpcPort, 'chain_getFinalizedHead')).result;
    const headNumber = await finalizedNumber(node.rpcPort);
    const accountKeys = [...senders.map((s) => s.address), recipient].map((address) => api.query.system.account.key(address));
    const accountsAt = async (port, blockHash) => Promise.all(accountKeys
      .map(async (key) => (await rpc(port, 'state_getStorage', [key, blockHash])).result));
    const stateBefore = await accountsAt(node.rpcPort, head);
    const finalizedBefore = load.sent.filter((r) => r.finalized).map((r) => ({ ...r }));
    assert.ok(load.sent.some((r) => !r.finalized && !r.refused), 'the kill must land mid-load');

    node.child.kill('SIGKILL');
    assert.equal((await node.exited).signal, 'SIGKILL');
    load.halt();
    await api.disconnect();
    api = undefined;

    node = await startNode({ name: 'crash-restarted', args, minFinalized: 0 });
    await waitFor('the restarted node to answer', async () => (await rpc(node.rpcPort, 'system_health')).result);
    assert.ok(await finalizedNumber(node.rpcPort) >= headNumber, 'the finalized head survived the kill');
    assert.equal((await rpc(node.rpcPort, 'chain_getBlockHash', [headNumber])).result, head);
    assert.deepEqual(await accountsAt(node.rpcPort, head), stateBefore);
    await assertFinalizedPresent((method, params) => rpc(node.rpcPort, method, params), finalizedBefore, 'restarted node');
    console.log(`# killed at finalized block ${headNumber} with ${load.sent.length} transfers sent, ${finalizedBefore.length} finalized; all present after restart`);

    // And it carries on from there: new blocks, new finality, new transactions.
    await waitFor('finality beyond the recovered head', async () => (await finalizedNumber(node.rpcPort)) >= headNumber + 3, 120_000);
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    const resumed = startTransfers(api, senders.slice(0, 1), recipient);
    await waitFor('a transfer finalized after the restart', async () => resumed.sent.some((r) => r.finalized), 120_000);
    resumed.halt();
  });
});
