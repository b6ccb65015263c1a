// Faults a validator network must survive, on the topology of scripts/local-network.sh: four
// validators of the `local` chain (session keys inserted into each one's keystore, Alice the
// bootnode) and one RPC node, on loopback. GRANDPA needs three of the four votes: one validator
// down costs nothing, two down stop finality until one returns. Throughout, a client sends
// transfers through the RPC node; at the end, every transaction reported finalized is in the same
// canonical block on every node.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { finalizedNumber, rpc, runToExit, startNode, waitFor } from './harness.js';
import { assertFinalizedPresent, startTransfers } from './load.js';

const VALIDATORS = ['alice', 'bob', 'charlie', 'dave'];
// Fixed libp2p keys (…01 for Alice) make Alice's peer id, the bootnode's, known in advance.
const nodeKey = (i) => (i + 1).toString(16).padStart(64, '0');
const ALICE_PEER_ID = '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp';

async function bestNumber(port) {
  const header = await rpc(port, 'chain_getHeader');
  return parseInt(header.result.number, 16);
}

describe('a four-validator network under faults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mentalverse-faults-'));
  const nodes = {};
  let bootnode;
  let api;
  let load;

  /** Starts `name` (index `i`) on its own base path, as the network script does. */
  const start = async (name, i) => {
    const args = ['--chain', 'local', '--base-path', join(dir, name), '--name', name,
      '--node-key', nodeKey(i), '--rpc-methods', 'safe'];
    if (VALIDATORS.includes(name)) args.push('--validator');
    if (bootnode) args.push('--bootnodes', bootnode);
    nodes[name] = await startNode({ name, dev: false, minFinalized: 0, args });
    return nodes[name];
  };
  const kill = async (name) => {
    nodes[name].child.kill('SIGKILL');
    assert.equal((await nodes[name].exited).signal, 'SIGKILL');
  };
  const finalized = (name) => finalizedNumber(nodes[name].rpcPort);
  const best = (name) => bestNumber(nodes[name].rpcPort);

  before(async () => {
    for (const name of VALIDATORS) {
      const seed = `//${name[0].toUpperCase()}${name.slice(1)}`;
      for (const [type, scheme] of [['aura', 'sr25519'], ['gran', 'ed25519']]) {
        const inserted = await runToExit(['key', 'insert', '--chain', 'local', '--base-path', join(dir, name),
          '--key-type', type, '--scheme', scheme, '--suri', seed]);
        assert.equal(inserted.code, 0, inserted.stderr);
      }
    }
    const alice = await start('alice', 0);
    bootnode = `/ip4/127.0.0.1/tcp/${alice.p2pPort}/p2p/${ALICE_PEER_ID}`;
    for (const [i, name] of ['bob', 'charlie', 'dave', 'rpc'].entries()) await start(name, i + 1);
    await waitFor('every node to see its four peers', async () => {
      const health = await Promise.all(Object.values(nodes).map((n) => rpc(n.rpcPort, 'system_health')));
      return health.every((h) => h.result?.peers >= 4);
    }, 120_000);
    await waitFor('the network to finalize block 2', async () => (await finalized('rpc')) >= 2, 180_000);
    const authorities = await rpc(nodes.rpc.rpcPort, 'state_call', ['AuraApi_authorities', '0x']);
    // SCALE: a compact length of 4 (0x10), then four 32-byte keys.
    assert.equal(authorities.result.slice(0, 4), '0x10');

    await cryptoWaitReady();
    api = await ApiPromise.create({ provider: new WsProvider(nodes.rpc.url), noInitWarn: true });
    const keyring = new Keyring({ type: 'sr25519' });
    const senders = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve'].map((uri) => keyring.addFromUri(uri));
    load = startTransfers(api, senders, keyring.addFromUri('//Ferdie').address, { window: 2 });
  });

  after(async () => {
    load?.halt();
    await api?.disconnect();
    await Promise.all(Object.values(nodes).map((n) => n.stop()));
  });

  test('one validator killed: blocks are still produced and finalized', async () => {
    await kill('dave');
    const [best0, final0] = [await best('rpc'), await finalized('rpc')];
    await waitFor('three more finalized blocks without Dave', async () =>
      (await finalized('rpc')) >= final0 + 3 && (await best('rpc')) >= best0 + 3, 120_000);
  });

  test('restarted on its old base path, it catches up to the finalized head', async () => {
    const target = await finalized('alice');
    await start('dave', 3);
    await waitFor('Dave to reach the finalized head he missed', async () => (await finalized('dave')) >= target, 120_000);
    // And keeps following: he is back in the voter set's quorum.
    const now = await finalized('alice');
    await waitFor('Dave to follow new finality', async () => (await finalized('dave')) > now, 120_000);
  });

  test('two killed: blocks continue, finality stops; one back: finality resumes and catches up', async () => {
    await Promise.all([kill('charlie'), kill('dave')]);
    // Votes already cast may still finalize a block or two; then finality stands still.
    await new Promise((r) => setTimeout(r, 8_000));
    const stalled = await finalized('rpc');
    const best0 = await best('rpc');
    await waitFor('three more blocks from Alice and Bob', async () => (await best('rpc')) >= best0 + 3, 120_000);
    assert.ok((await finalized('rpc')) <= stalled + 1, 'no finality with two of four voters');
    const unfinalized = await best('rpc');
    assert.ok(unfinalized > (await finalized('rpc')) + 2, 'the chain grew past the finalized head');

    await start('charlie', 2);
    await waitFor('finality to pass every block built while stalled', async () =>
      (await finalized('rpc')) >= unfinalized && (await finalized('charlie')) >= unfinalized, 180_000);
  });

  test('no loss: every transaction reported finalized is in the same block on every node', async () => {
    await start('dave', 3);
    const sent = await load.settle(180_000);
    const refused = sent.filter((r) => r.refused);
    assert.deepEqual(refused, [], 'the network refused transactions it had accepted');
    assert.ok(sent.length >= 30, `only ${sent.length} transactions were sent during the faults`);
    const highest = Math.max(...await Promise.all(sent.map(async (r) =>
      parseInt((await rpc(nodes.rpc.rpcPort, 'chain_getHeader', [r.blockHash])).result.number, 16))));
    for (const [name, node] of Object.entries(nodes)) {
      await waitFor(`${name} to finalize block ${highest}`, async () => (await finalized(name)) >= highest, 120_000);
      await assertFinalizedPresent((method, params) => rpc(node.rpcPort, method, params), sent, name);
    }
    console.log(`# ${sent.length} transfers sent during the faults, all finalized, identical on ${Object.keys(nodes).length} nodes`);
  });
});
