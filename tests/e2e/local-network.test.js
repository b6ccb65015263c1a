// `--chain local` with four validator processes on loopback forms a network that finalizes.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { finalizedNumber, rpc, startNode, waitFor } from './harness.js';

// Validators need a stable network identity: fixed libp2p keys, so Alice's peer id is known and
// the others can name her as their bootnode.
const nodeKey = (n) => n.toString(16).padStart(64, '0');
const ALICE_PEER_ID = '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp'; // node key 0x…01

const nodes = [];
after(async () => { await Promise.all(nodes.map((n) => n.stop())); });

test('four local validators peer and finalize', async () => {
  const common = ['--chain', 'local', '--validator', '--rpc-methods', 'safe'];
  const alice = await startNode({
    name: 'alice', dev: false, minFinalized: 0,
    args: [...common, '--alice', '--node-key', nodeKey(1)],
  });
  nodes.push(alice);
  const bootnode = `/ip4/127.0.0.1/tcp/${alice.p2pPort}/p2p/${ALICE_PEER_ID}`;
  for (const [i, who] of ['bob', 'charlie', 'dave'].entries()) {
    nodes.push(await startNode({
      name: who, dev: false, minFinalized: 0,
      args: [...common, `--${who}`, '--node-key', nodeKey(i + 2), '--bootnodes', bootnode],
    }));
  }

  await waitFor('every node to see three peers', async () => {
    const health = await Promise.all(nodes.map((n) => rpc(n.rpcPort, 'system_health')));
    return health.every((h) => h.result?.peers >= 3);
  }, 120_000);

  await waitFor('every node to finalize block 3', async () => {
    const finalized = await Promise.all(nodes.map((n) => finalizedNumber(n.rpcPort)));
    return finalized.every((f) => f >= 3);
  }, 180_000);

  const authors = await rpc(nodes[0].rpcPort, 'state_call', ['AuraApi_authorities', '0x']);
  assert.ok(authors.result, 'four Aura authorities are readable');
  // SCALE: a compact length prefix of 4 (0x10) followed by four 32-byte keys.
  assert.equal(authors.result.slice(0, 4), '0x10');
});
