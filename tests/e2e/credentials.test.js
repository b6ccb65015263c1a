// Professional credentials end to end: governance accredits an issuer, the issuer issues a
// short-lived license, apps verify it over the mentalverse_ RPC, it expires on chain with no
// transaction, and a revoked one reads as revoked.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { rpc, startNode, waitFor } from './harness.js';
import { submit } from './tx.js';

const US_CA = { country: '0x5553', region: '0x434100' };
const license = () => ({
  ProfessionalLicense: { jurisdiction: US_CA, class: 'Lcsw', licenseNumber: randomAsHex(32) },
});

describe('credentials', () => {
  let node;
  let api;
  let alice; let bob; let charlie; let dave;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode({ name: 'credentials' });
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    [alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((uri) => keyring.addFromUri(uri));
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  const best = async () => (await api.rpc.chain.getHeader()).number.toNumber();
  const verify = async (who, jurisdiction = 'US-CA') =>
    rpc(node.rpcPort, 'mentalverse_verifyLicense', [who.address, jurisdiction]);
  const credentialsOf = async (who) =>
    (await rpc(node.rpcPort, 'mentalverse_credentialsOf', [who.address])).result.credentials;

  test('accredit, issue, verify, expire without a transaction, revoke', async () => {
    // Governance (sudo on the dev chain) accredits Bob for California licenses.
    await submit(api, api.tx.sudo.sudo(api.tx.credentials.accreditIssuer(bob.address, ['ProfessionalLicense'], [US_CA])), alice);
    const issuer = await api.query.credentials.issuers(bob.address);
    assert.equal(issuer.unwrap().status.toString(), 'Active');

    // A license for Charlie that lasts four blocks.
    const validUntil = (await best()) + 4;
    const { events } = await submit(api, api.tx.credentials.issue(charlie.address, license(), randomAsHex(32), validUntil, null), bob);
    const issued = events.find(({ event }) => api.events.credentials.CredentialIssued.is(event));
    assert.ok(issued, 'CredentialIssued event');
    const id = issued.event.data.id.toNumber();
    const held = (await api.query.balances.holds(bob.address)).map((h) => h.id.toJSON());
    assert.deepEqual(held, [{ credentials: 'CredentialDeposit' }], 'the deposit is held from the issuer');

    const verified = await verify(charlie);
    assert.equal(verified.error, undefined, JSON.stringify(verified.error));
    assert.equal(verified.result.licensed, true);
    assert.equal(verified.result.validUntil, validUntil);
    assert.equal(verified.result.jurisdiction, 'US-CA');
    assert.equal((await verify(charlie, 'US-NY')).result.licensed, false);

    const [listed] = await credentialsOf(charlie);
    assert.equal(listed.id, id);
    assert.equal(listed.status, 'Active');
    assert.equal(listed.kind.type, 'ProfessionalLicense');
    assert.equal(listed.kind.jurisdiction, 'US-CA');
    assert.equal(listed.issuer, bob.address);

    // A second license, for Dave, revoked by its issuer.
    const { events: daveEvents } = await submit(api, api.tx.credentials.issue(dave.address, license(), randomAsHex(32), validUntil + 100, null), bob);
    const daveId = daveEvents.find(({ event }) => api.events.credentials.CredentialIssued.is(event)).event.data.id.toNumber();
    assert.equal((await verify(dave)).result.licensed, true);
    await submit(api, api.tx.credentials.revoke(daveId), bob);
    assert.equal((await credentialsOf(dave))[0].status, 'Revoked');
    assert.equal((await verify(dave)).result.licensed, false);

    // Nobody sends anything for Charlie: at block `validUntil` the license reads expired.
    await waitFor(`block ${validUntil}`, async () => (await best()) >= validUntil, 60_000);
    const expiredAt = await api.rpc.chain.getBlockHash(validUntil);
    const atExpiry = await rpc(node.rpcPort, 'mentalverse_verifyLicense', [charlie.address, 'US-CA', expiredAt.toHex()]);
    assert.equal(atExpiry.result.licensed, false);
    assert.equal(atExpiry.result.blockNumber, validUntil);
    const before = await rpc(node.rpcPort, 'mentalverse_verifyLicense', [charlie.address, 'US-CA', (await api.rpc.chain.getBlockHash(validUntil - 1)).toHex()]);
    assert.equal(before.result.licensed, true, 'still licensed the block before');
    assert.equal((await credentialsOf(charlie))[0].status, 'Expired');
    const eventsAtExpiry = await (await api.at(expiredAt)).query.system.events();
    const expired = eventsAtExpiry.find(({ event }) => api.events.credentials.CredentialExpired.is(event));
    assert.ok(expired, 'CredentialExpired event in the expiry block');
    assert.equal(expired.event.data.id.toNumber(), id);
    const stored = await api.query.credentials.credentialById(id);
    assert.equal(stored.unwrap().status.toString(), 'Expired');
  });

  test('malformed RPC arguments are rejected with invalid-params errors', async () => {
    const badJurisdiction = await rpc(node.rpcPort, 'mentalverse_verifyLicense', [charlie.address, 'USA-CALIF']);
    assert.equal(badJurisdiction.error?.code, -32602, JSON.stringify(badJurisdiction));
    const badAccount = await rpc(node.rpcPort, 'mentalverse_credentialsOf', ['not-an-account']);
    assert.equal(badAccount.error?.code, -32602, JSON.stringify(badAccount));
  });

  test('a non-governance origin cannot accredit', async () => {
    await assert.rejects(
      submit(api, api.tx.credentials.accreditIssuer(dave.address, ['AcademicDegree'], []), dave),
      /BadOrigin/,
    );
  });
});
