// A development node (`--dev --tmp`) driven through @polkadot/api and raw JSON-RPC.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, mnemonicGenerate } from '@polkadot/util-crypto';
import { finalizedNumber, rpc, startNode, waitFor } from './harness.js';

const MVT = 10n ** 8n;
const GENESIS_SUPPLY = 1_000_000_000n * MVT;
/** The treasury's keyless account: "modl" + its pallet id, zero-padded to 32 bytes. */
const TREASURY = u8aConcat(stringToU8a('modlpy/trsry'), new Uint8Array(20));

describe('development node', () => {
  let node;
  let api;
  let keyring;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode({ name: 'dev' });
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  test('runs the libp2p network backend and ParityDB by default', async () => {
    assert.match(node.log(), /Running libp2p network backend/);
    assert.match(node.log(), /Database: ParityDb/);
  });

  test('system_properties describe MVT', async () => {
    const { result: properties } = await rpc(node.rpcPort, 'system_properties');
    assert.deepEqual(properties, { ss58Format: 42, tokenDecimals: 8, tokenSymbol: 'MVT' });
    assert.equal(api.registry.chainTokens[0], 'MVT');
    assert.equal(api.registry.chainDecimals[0], 8);
  });

  test('metadata is self-describing (V15 or later)', async () => {
    const versions = (await api.call.metadata.metadataVersions()).toJSON();
    assert.ok(versions.some((v) => v >= 15), `metadata versions ${versions}`);
    assert.ok(api.tx.balances.transferKeepAlive, 'calls decoded from metadata');
  });

  test('serves the nonce, fee and mentalverse_ RPC methods', async () => {
    const { result } = await rpc(node.rpcPort, 'rpc_methods');
    for (const method of ['system_accountNextIndex', 'payment_queryInfo', 'payment_queryFeeDetails',
      'mentalverse_chainInfo', 'mentalverse_credentialsOf', 'mentalverse_verifyLicense']) {
      assert.ok(result.methods.includes(method), `${method} is served`);
    }
    const bob = keyring.addFromUri('//Bob');
    const nonce = await rpc(node.rpcPort, 'system_accountNextIndex', [bob.address]);
    assert.equal(nonce.result, 0);
    const transfer = api.tx.balances.transferKeepAlive(bob.address, MVT);
    const signed = await transfer.signAsync(keyring.addFromUri('//Ferdie'));
    const info = await rpc(node.rpcPort, 'payment_queryInfo', [signed.toHex()]);
    assert.ok(BigInt(info.result.partialFee) > 0n, JSON.stringify(info));
  });

  test('mentalverse_chainInfo reports the runtime and token facts', async () => {
    const { result, error } = await rpc(node.rpcPort, 'mentalverse_chainInfo', []);
    assert.equal(error, undefined);
    assert.equal(result.specName, 'mentalverse');
    assert.equal(result.tokenSymbol, 'MVT');
    assert.equal(result.tokenDecimals, 8);
    assert.equal(result.ss58Format, 42);
    assert.equal(result.feeBurnPercent, 25);
    assert.equal(result.blockTimeMs, 6000);
    assert.equal(BigInt(result.genesisSupply), GENESIS_SUPPLY);
    const issuance = (await api.query.balances.totalIssuance()).toBigInt();
    assert.ok(BigInt(result.totalIssuance) <= GENESIS_SUPPLY);
    assert.ok(BigInt(result.totalIssuance) >= issuance - 10n * MVT);
    const version = await api.rpc.state.getRuntimeVersion();
    assert.equal(result.specVersion, version.specVersion.toNumber());

    const unknown = await rpc(node.rpcPort, 'mentalverse_chainInfo', [`0x${'11'.repeat(32)}`]);
    assert.ok(unknown.error, 'an unknown block hash is an error');
  });

  test('an MVT transfer moves the amount, pays the treasury and burns 25% of the fee', async () => {
    const alice = keyring.addFromUri('//Alice');
    const fresh = keyring.addFromMnemonic(mnemonicGenerate());
    const amount = 10n * MVT;

    const { blockHash, events } = await new Promise((resolve, reject) => {
      api.tx.balances
        .transferKeepAlive(fresh.address, amount)
        .signAndSend(alice, ({ status, events, dispatchError }) => {
          if (dispatchError) reject(new Error(dispatchError.toString()));
          if (status.isInBlock) resolve({ blockHash: status.asInBlock, events });
        })
        .catch(reject);
    });

    const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
    assert.ok(transfer, 'Transfer event');
    const [from, to, transferred] = transfer.event.data;
    assert.equal(from.toString(), alice.address);
    assert.equal(to.toString(), fresh.address);
    assert.equal(transferred.toBigInt(), amount);

    const feePaid = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
    assert.ok(feePaid, 'TransactionFeePaid event');
    const fee = feePaid.event.data.actualFee.toBigInt();
    const tip = feePaid.event.data.tip.toBigInt();
    assert.ok(fee > 0n, 'a fee was charged');
    assert.equal(tip, 0n);
    const burned = (fee * 25n) / 100n;

    const header = await api.rpc.chain.getHeader(blockHash);
    const atBlock = await api.at(blockHash);
    const atParent = await api.at(header.parentHash);

    const freshAfter = (await atBlock.query.system.account(fresh.address)).data.free.toBigInt();
    assert.equal(freshAfter, amount);

    // Alice paid the amount and the fee; the treasury got 75% of the fee.
    const authorities = (await atBlock.query.aura.authorities()).map((key) => key.toHex());
    assert.deepEqual(authorities, [u8aToHex(alice.publicKey)]);
    const aliceBefore = (await atParent.query.system.account(alice.address)).data.free.toBigInt();
    const aliceAfter = (await atBlock.query.system.account(alice.address)).data.free.toBigInt();
    assert.equal(aliceBefore - aliceAfter, amount + fee);
    const pot = async (state) => (await state.query.system.account(TREASURY)).data.free.toBigInt();
    assert.equal(await pot(atBlock) - await pot(atParent), fee - burned);

    const issuanceBefore = (await atParent.query.balances.totalIssuance()).toBigInt();
    const issuanceAfter = (await atBlock.query.balances.totalIssuance()).toBigInt();
    assert.equal(issuanceBefore - issuanceAfter, burned);
  });

  test('malformed JSON-RPC requests get JSON-RPC errors and the node keeps finalizing', async () => {
    const startFinalized = await finalizedNumber(node.rpcPort);

    const badJson = await rpc(node.rpcPort, null, null, { raw: '{"jsonrpc":"2.0","id":1,"method":' });
    assert.equal(badJson.error?.code, -32700, JSON.stringify(badJson));

    const unknown = await rpc(node.rpcPort, 'mentalverse_noSuchMethod', []);
    assert.equal(unknown.error?.code, -32601, JSON.stringify(unknown));

    const wrongTypes = await rpc(node.rpcPort, 'chain_getBlockHash', ['not-a-number']);
    assert.equal(wrongTypes.error?.code, -32602, JSON.stringify(wrongTypes));

    const wrongArity = await rpc(node.rpcPort, 'mentalverse_chainInfo', [1, 2, 3]);
    assert.ok(wrongArity.error, JSON.stringify(wrongArity));

    const undecodable = await rpc(node.rpcPort, 'author_submitExtrinsic', ['0xdeadbeef']);
    assert.ok(undecodable.error, JSON.stringify(undecodable));
    assert.equal(undecodable.result, undefined);

    await waitFor('finality to advance after bad requests',
      async () => (await finalizedNumber(node.rpcPort)) > startFinalized, 60_000);
  });
});
