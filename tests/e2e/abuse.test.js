// A single node shrugging off bad clients: oversized and malformed JSON-RPC, unsafe methods,
// browsers from foreign origins, and floods of invalid transactions (bad signature, outdated nonce,
// no funds). Each is refused with a clear error, the pool keeps none of them, memory stays
// bounded (peak RSS is reported) and blocks keep finalizing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, randomAsU8a } from '@polkadot/util-crypto';
import { finalizedNumber, rpc, startNode, waitFor } from './harness.js';
import { submit } from './tx.js';

const FLOOD = 1_000;
// The node's --pool-limit: ready transactions; the fork-aware pool keeps a tenth of it again for
// future ones (a nonce gap), and refuses the rest at the door.
const POOL_LIMIT = 100;
const POOL_CAPACITY = POOL_LIMIT + POOL_LIMIT / 10;
const MIB = 1024 * 1024;

/** Peak resident memory of a process, in MiB (Linux). */
function peakRssMiB(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return Math.round(parseInt(line.split(/\s+/)[1], 10) / 1024);
}

/** Submits raw extrinsics, `batch` at a time; resolves to every JSON-RPC response. */
async function submitAll(port, extrinsics, batch = 50) {
  const responses = [];
  for (let i = 0; i < extrinsics.length; i += batch) {
    responses.push(...await Promise.all(extrinsics.slice(i, i + batch)
      .map((xt) => rpc(port, 'author_submitExtrinsic', [xt]))));
  }
  return responses;
}

describe('abuse of a node', () => {
  let node;
  let api;
  let alice;

  before(async () => {
    await cryptoWaitReady();
    // The production-shaped RPC settings: safe methods only, default CORS for a non-dev chain.
    node = await startNode({ name: 'abuse', dev: false, args: ['--chain', 'dev', '--alice', '--validator', '--rpc-methods', 'safe',
      '--pool-limit', String(POOL_LIMIT), '--pool-kbytes', '1024',
      '--node-key', '0000000000000000000000000000000000000000000000000000000000000001'] });
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    alice = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Alice');
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  test('an oversized request is refused before it is parsed', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'system_name', params: ['x'.repeat(16 * MIB)] });
    // As curl does for large bodies: announce the body and send it only when the server agrees
    // (100 Continue); the node reads the declared length and refuses at once.
    const status = await new Promise((resolve, reject) => {
      const request = httpRequest({
        host: '127.0.0.1', port: node.rpcPort, method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
      }, (response) => { response.resume(); resolve(response.statusCode); });
      request.on('continue', () => request.end(body));
      request.on('error', reject);
    });
    assert.equal(status, 413);
    assert.equal((await rpc(node.rpcPort, 'system_name')).result, 'MentalVerse Node');
  });

  test('unsafe methods are refused; so are browsers from foreign origins', async () => {
    const rotate = await rpc(node.rpcPort, 'author_rotateKeys');
    assert.match(rotate.error?.message ?? '', /unsafe/i, JSON.stringify(rotate));
    const peer = await rpc(node.rpcPort, 'system_addReservedPeer', ['/ip4/127.0.0.1/tcp/1/p2p/12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp']);
    assert.match(peer.error?.message ?? '', /unsafe/i, JSON.stringify(peer));

    // A browser asks first (CORS preflight); only allowed origins get the header that lets the
    // page send the request and read the answer.
    const preflight = (origin) => fetch(`http://127.0.0.1:${node.rpcPort}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    const foreign = await preflight('https://attacker.example');
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    const apps = await preflight('https://polkadot.js.org');
    assert.equal(apps.headers.get('access-control-allow-origin'), 'https://polkadot.js.org');
  });

  test(`${FLOOD} transactions each of bad signature, outdated nonce and no funds are refused`, async () => {
    const finalizedBefore = await finalizedNumber(node.rpcPort);
    // Alice's nonce moves past 0, so nonce 0 is outdated.
    await submit(api, api.tx.balances.transferKeepAlive(alice.address, 1n), alice);
    const keyring = new Keyring({ type: 'sr25519' });
    const destination = keyring.addFromUri('//Bob').address;
    const signed = async (signer, amount, nonce) =>
      (await api.tx.balances.transferKeepAlive(destination, amount).signAsync(signer, { nonce, era: 0 })).toHex();

    const next = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const outdated = [];
    const badSignature = [];
    const unfunded = [];
    for (let i = 0; i < FLOOD; i += 1) {
      outdated.push(await signed(alice, BigInt(i + 1), 0));
      const good = hexToU8a(await signed(alice, BigInt(i + 1), next));
      // The signature follows the compact length, version byte, and the signer's MultiAddress
      // (1 + 32 bytes) and the MultiSignature's variant byte: flip a byte inside it.
      const lengthBytes = good[0] & 0b11 ? 2 : 1;
      good[lengthBytes + 1 + 33 + 1 + 10] ^= 0xff;
      badSignature.push(u8aToHex(good));
      unfunded.push(await signed(keyring.addFromSeed(randomAsU8a(32)), 1n, 0));
    }
    const expectations = [
      [outdated, /outdated/i],
      [badSignature, /bad signature/i],
      [unfunded, /pay some fees/i],
    ];
    for (const [extrinsics, reason] of expectations) {
      const responses = await submitAll(node.rpcPort, extrinsics);
      for (const response of responses) {
        assert.equal(response.error?.code, 1010, JSON.stringify(response));
        assert.match(`${response.error.message} ${response.error.data}`, reason);
      }
    }
    const pending = await rpc(node.rpcPort, 'author_pendingExtrinsics');
    assert.deepEqual(pending.result, []);

    const peak = peakRssMiB(node.child.pid);
    console.log(`# peak RSS of the node after ${3 * FLOOD} invalid transactions: ${peak} MiB`);
    assert.ok(peak < 3 * 1024, `peak RSS ${peak} MiB`);
    await waitFor('finality to advance after the flood',
      async () => (await finalizedNumber(node.rpcPort)) > finalizedBefore + 2, 90_000);
  });

  test(`a flood of future-nonce transactions leaves at most ${POOL_CAPACITY} in the pool`, async () => {
    const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
    const charlie = new Keyring({ type: 'sr25519' }).addFromUri('//Charlie').address;
    const next = (await api.rpc.system.accountNextIndex(bob.address)).toNumber();
    // Nonces next+1 … next+FLOOD: valid, but none can be included until `next` arrives.
    const future = [];
    for (let i = 1; i <= FLOOD; i += 1) {
      future.push((await api.tx.balances.transferKeepAlive(charlie, BigInt(i)).signAsync(bob, { nonce: next + i, era: 0 })).toHex());
    }
    const responses = await submitAll(node.rpcPort, future);
    // The pool takes a transaction in while there is room and evicts the worst when a view's
    // future queue is over its limit; one arriving at a full pool is refused at the door.
    const refused = responses.filter((r) => r.error);
    for (const response of refused) {
      assert.equal(response.error.code, 1016, JSON.stringify(response));
      assert.match(response.error.data, /limit/);
    }
    // The pool's size, as the node reports it after maintaining the pool on its next block.
    const pooled = async () => {
      const metrics = await (await fetch(`http://127.0.0.1:${node.prometheusPort}/metrics`)).text();
      // Substrate labels every metric with the chain: `name{chain="dev"} 3`.
      const gauge = (name) => Number(metrics.match(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+)`, 'm'))?.[1]);
      return gauge('substrate_sub_txpool_watched_txs') + gauge('substrate_sub_txpool_unwatched_txs');
    };
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    await waitFor('a block after the flood', async () => (await api.rpc.chain.getHeader()).number.toNumber() > best + 1, 60_000);
    const inPool = await pooled();
    assert.ok(inPool <= POOL_CAPACITY, `${inPool} transactions in the pool`);
    console.log(`# future-nonce flood of ${FLOOD}: ${refused.length} refused at the door, ${inPool} left in the pool`);

    // Closing the gap lets what the pool kept through, and the chain goes on.
    const gap = await api.tx.balances.transferKeepAlive(charlie, 1n).signAsync(bob, { nonce: next, era: 0 });
    assert.ok((await rpc(node.rpcPort, 'author_submitExtrinsic', [gap.toHex()])).result);
    await waitFor('Bob\'s nonce gap to be closed on chain',
      async () => (await api.query.system.account(bob.address)).nonce.toNumber() > next, 90_000);
    const finalizedNow = await finalizedNumber(node.rpcPort);
    await waitFor('finality to advance after the future-nonce flood',
      async () => (await finalizedNumber(node.rpcPort)) > finalizedNow + 1, 90_000);
    const onChain = (await api.query.system.account(bob.address)).nonce.toNumber() - next;
    assert.ok(onChain <= 1 + POOL_CAPACITY, `${onChain} of Bob's transactions included`);
  });
});
