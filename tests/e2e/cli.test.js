// Bad input at the command line: the node exits non-zero with one line saying what is wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runToExit } from './harness.js';

function errorLine(stderr) {
  const lines = stderr.trim().split('\n').filter((l) => l.startsWith('Error:'));
  assert.equal(lines.length, 1, `exactly one error line in:\n${stderr}`);
  return lines[0];
}

test('an unknown --chain name is refused', async () => {
  const { code, stderr } = await runToExit(['--chain', 'no-such-chain', '--tmp']);
  assert.notEqual(code, 0);
  const line = errorLine(stderr);
  assert.match(line, /unknown chain 'no-such-chain'/);
  assert.match(line, /dev, local, production/);
});

test('a malformed chain-spec file is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mentalverse-spec-'));
  const spec = join(dir, 'broken.json');
  writeFileSync(spec, '{ "name": "broken", ');
  const { code, stderr } = await runToExit(['--chain', spec, '--tmp']);
  assert.notEqual(code, 0);
  assert.match(errorLine(stderr), /invalid chain-spec file/);
});

test('an RPC port already in use is refused', async () => {
  const server = createServer();
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  try {
    const { code, stderr } = await runToExit([
      '--dev', '--tmp', '--rpc-port', String(port), '--port', String(await freePort()),
      '--prometheus-port', String(await freePort()), '--no-mdns',
    ]);
    assert.notEqual(code, 0);
    assert.match(errorLine(stderr), new RegExp(`${port}|[Aa]ddress already in use`));
  } finally {
    server.close();
  }
});

test('build-spec emits the chain properties for wallets', async () => {
  const { code, stdout } = await runToExit(['build-spec', '--chain', 'dev']);
  assert.equal(code, 0);
  const spec = JSON.parse(stdout);
  assert.deepEqual(spec.properties, { ss58Format: 42, tokenDecimals: 8, tokenSymbol: 'MVT' });
  assert.equal(spec.id, 'mentalverse_dev');
});
