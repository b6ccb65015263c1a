// Governance end to end on the dev chain (fast governance periods): a Council motion passes and
// executes; a referendum on the credential-authority track passes with conviction votes and
// accredits an issuer; a treasury spend above the small-spend threshold fails on the small
// spender track and passes on the medium one.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { startNode, waitFor } from './harness.js';
import { submit } from './tx.js';
import { MVT, US_CA } from './fixtures.js';
import { eventsOf as find, passReferendum } from './referenda.js';

/** The treasury's keyless account: "modl" + its pallet id, zero-padded to 32 bytes. */
const TREASURY = u8aConcat(stringToU8a('modlpy/trsry'), new Uint8Array(20));

describe('governance', () => {
  let node;
  let api;
  let alice; let bob; let charlie; let dave; let eve;

  const referendum = (origin, call) => passReferendum(api, alice, origin, call);

  before(async () => {
    await cryptoWaitReady();
    node = await startNode({ name: 'governance' });
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    [alice, bob, charlie, dave, eve] = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve'].map((uri) => keyring.addFromUri(uri));
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  test('the metadata has what polkadot.js Apps looks for', async () => {
    assert.ok(api.query.council.prime && api.query.councilMembership.members);
    assert.ok(api.query.treasury && api.tx.referenda.submit && api.tx.convictionVoting.vote);
    const tracks = api.consts.referenda.tracks.map(([id]) => id.toNumber());
    assert.deepEqual(tracks, [0, 10, 11, 12, 20, 21, 22]);
  });

  test('a council motion passes and executes', async () => {
    await submit(api, api.tx.sudo.sudo(api.tx.councilMembership.resetMembers([alice.address, bob.address, charlie.address])), alice);
    const motion = api.tx.councilMembership.addMember(dave.address);
    const { events } = await submit(api, api.tx.council.propose(2, motion, motion.method.encodedLength), bob);
    const proposed = find(events, api.events.council.Proposed)[0];
    const [index, hash] = [proposed.data.proposalIndex, proposed.data.proposalHash];
    await submit(api, api.tx.council.vote(hash, index, true), bob);
    await submit(api, api.tx.council.vote(hash, index, true), charlie);
    const { events: closed } = await submit(api, api.tx.council.close(hash, index, { refTime: 1_000_000_000, proofSize: 100_000 }, motion.method.encodedLength), charlie);
    assert.ok(find(closed, api.events.council.Executed)[0].data.result.isOk);
    assert.ok((await api.query.councilMembership.members()).map(String).includes(dave.address));
  });

  test('a credential-authority referendum accredits an issuer', async () => {
    const call = api.tx.credentials.accreditIssuer(eve.address, ['ProfessionalLicense'], [US_CA]);
    const { result } = await referendum({ Origins: 'CredentialAuthority' }, call);
    assert.ok(result.isOk, JSON.stringify(result.toHuman()));
    assert.ok((await api.query.credentials.issuers(eve.address)).isSome);
  });

  test('a spend above the small threshold fails on the small track and passes on the medium one', async () => {
    await submit(api, api.tx.balances.transferKeepAlive(TREASURY, 1_000_000n * MVT), alice);
    const spend = api.tx.treasury.spendLocal(20_000n * MVT, dave.address);
    const small = await referendum({ Origins: 'SmallSpender' }, spend);
    assert.ok(small.result.isErr, 'refused on the small track');
    assert.equal(api.registry.findMetaError(small.result.asErr.asModule).name, 'InsufficientPermission');
    const before = (await api.query.system.account(dave.address)).data.free.toBigInt();
    const medium = await referendum({ Origins: 'MediumSpender' }, spend);
    assert.ok(medium.result.isOk, 'approved on the medium track');
    assert.equal(find(medium.events, api.events.treasury.SpendApproved).length, 1);
    // Paid out at the next spend period (5 blocks on development networks).
    await waitFor('the spend paid', async () => (await api.query.system.account(dave.address)).data.free.toBigInt() === before + 20_000n * MVT, 90_000);
  });
});
