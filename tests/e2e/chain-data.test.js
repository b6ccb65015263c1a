// The standard chain-data subcommands work on this node's ParityDB database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runToExit, startNode } from './harness.js';

test('export-blocks, import-blocks, check-block, revert and purge-chain', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mentalverse-data-'));
  const original = join(dir, 'original');
  const copy = join(dir, 'copy');
  const exported = join(dir, 'blocks.json');

  const node = await startNode({ name: 'exporter', args: ['--base-path', original], minFinalized: 3 });
  await node.stop();

  const exportRun = await runToExit(['export-blocks', '--dev', '--base-path', original, '--from', '1', '--to', '3', exported]);
  assert.equal(exportRun.code, 0, exportRun.stderr);
  const blocks = readFileSync(exported, 'utf8');
  assert.ok(blocks.length > 0, 'blocks were written');

  const importRun = await runToExit(['import-blocks', '--dev', '--base-path', copy, exported]);
  assert.equal(importRun.code, 0, importRun.stderr);
  assert.match(importRun.stderr + importRun.stdout, /Imported 3 blocks/);

  const check = await runToExit(['check-block', '--dev', '--base-path', original, '2']);
  assert.equal(check.code, 0, check.stderr);

  const revert = await runToExit(['revert', '--dev', '--base-path', copy, '1']);
  assert.equal(revert.code, 0, revert.stderr);

  const purge = await runToExit(['purge-chain', '--dev', '--base-path', copy, '-y']);
  assert.equal(purge.code, 0, purge.stderr);
});
