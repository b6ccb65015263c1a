// libp2p is the default network backend (checked in dev-node.test.js); litep2p is selectable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startNode } from './harness.js';

test('a dev node started with --network-backend litep2p finalizes', async () => {
  const node = await startNode({ name: 'litep2p', args: ['--network-backend', 'litep2p'], minFinalized: 1 });
  try {
    assert.match(node.log(), /Running litep2p network backend/);
  } finally {
    await node.stop();
  }
});
