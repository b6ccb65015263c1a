// A runtime upgrade through governance on the dev chain: a Root-track referendum authorizes the
// hash of the next runtime (spec_version + 1, built by scripts/build.sh as
// `mentalverse-upgrade-test-runtime`); anyone then applies the code; the chain runs the new
// runtime and keeps producing and finalizing blocks.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { finalizedNumber, startNode, waitFor } from './harness.js';
import { submit } from './tx.js';
import { MVT } from './fixtures.js';
import { eventsOf, passReferendum } from './referenda.js';

const WASM = process.env.UPGRADE_RUNTIME_WASM;

describe('runtime upgrade through governance', () => {
  let node;
  let api;
  let code;
  let alice; let bob; let dave;

  before(async () => {
    if (!WASM) throw new Error('UPGRADE_RUNTIME_WASM must name the upgrade runtime (source scripts/env.sh)');
    code = u8aToHex(readFileSync(WASM));
    await cryptoWaitReady();
    node = await startNode({ name: 'runtime-upgrade' });
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    [alice, bob, dave] = ['//Alice', '//Bob', '//Dave'].map((uri) => keyring.addFromUri(uri));
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  test('code that governance has not authorized is refused', async () => {
    await assert.rejects(submit(api, api.tx.system.applyAuthorizedUpgrade(code), bob), /system\.NothingAuthorized/);
  });

  test('a Root-track referendum authorizes the next runtime; applied, it runs and the chain keeps finalizing', async () => {
    const before = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
    const codeHash = blake2AsHex(code);
    const { result, events } = await passReferendum(api, alice, { system: 'Root' }, api.tx.system.authorizeUpgrade(codeHash));
    assert.ok(result.isOk, JSON.stringify(result.toHuman()));
    assert.equal(eventsOf(events, api.events.system.UpgradeAuthorized)[0].data.codeHash.toHex(), codeHash);

    // Submitted without watching: @polkadot/api's watch decodes the block's events while it
    // reloads its metadata for the new runtime, and never reports. The block is found instead.
    const from = (await api.rpc.chain.getHeader()).number.toNumber();
    await api.rpc.author.submitExtrinsic(await api.tx.system.applyAuthorizedUpgrade(code).signAsync(bob));
    const upgradedAt = await waitFor('the block that updates the code', async () => {
      const head = (await api.rpc.chain.getHeader()).number.toNumber();
      for (let number = from + 1; number <= head; number += 1) {
        const events = await (await api.at(await api.rpc.chain.getBlockHash(number))).query.system.events();
        if (eventsOf(events, api.events.system.CodeUpdated).length === 1) return number;
      }
      return undefined;
    }, 60_000, 1_000);

    assert.equal((await api.rpc.state.getRuntimeVersion()).specVersion.toNumber(), before + 1);
    // The next block is the first the new code executes: it records the upgrade.
    await waitFor('the new runtime to run a block', async () => {
      const last = await api.query.system.lastRuntimeUpgrade();
      return last.isSome && last.unwrap().specVersion.toNumber() === before + 1;
    }, 60_000);

    // The new runtime executes transactions, and finality goes on past the upgrade.
    const free = async (who) => (await api.query.system.account(who)).data.free.toBigInt();
    const daveBefore = await free(dave.address);
    const { blockHash: transferBlock } = await submit(api, api.tx.balances.transferKeepAlive(dave.address, 5n * MVT), alice);
    assert.equal(await free(dave.address), daveBefore + 5n * MVT);
    assert.equal((await api.rpc.state.getRuntimeVersion(transferBlock)).specVersion.toNumber(), before + 1);
    await waitFor('finality past the upgrade', async () => (await finalizedNumber(node.rpcPort)) >= upgradedAt + 3, 90_000);
  });
});
