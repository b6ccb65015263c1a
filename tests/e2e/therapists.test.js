// Therapist registry end to end: a professional with issued credentials registers, becomes
// Active, is found by mentalverse_matchTherapists with the right filters and not with wrong
// ones; the license expires and the therapist vanishes from matching in that very block with no
// transaction; after renewal it is found again.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { rpc, startNode, waitFor } from './harness.js';
import { submit } from './tx.js';

const US_CA = { country: '0x5553', region: '0x434100' };
const MVT = 10n ** 8n;
const hex = (text) => `0x${Buffer.from(text).toString('hex')}`;

const profile = {
  jurisdictions: [US_CA],
  specialties: ['Anxiety', 'TraumaPtsd'],
  modalities: ['Cbt', 'Emdr'],
  languages: [hex('en'), hex('es')],
  culturalCompetencies: ['LatinoHispanic'],
  populations: ['Adults'],
  insurance: [7],
  yearsExperience: 12,
  utcOffsetMinutes: -480,
  acceptingNewClients: true,
  crisisOnCall: false,
  document: randomAsHex(32),
};

describe('therapists', () => {
  let node;
  let api;
  let alice; let bob; let charlie;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode({ name: 'therapists' });
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    [alice, bob, charlie] = ['//Alice', '//Bob', '//Charlie'].map((uri) => keyring.addFromUri(uri));
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  const best = async () => (await api.rpc.chain.getHeader()).number.toNumber();
  const match = async (criteria, at) => {
    const reply = await rpc(node.rpcPort, 'mentalverse_matchTherapists', [criteria, 0, 20, at ?? null]);
    assert.equal(reply.error, undefined, JSON.stringify(reply.error));
    return reply.result;
  };
  const found = async (criteria, at) => (await match(criteria, at)).results.map((r) => r.account);

  test('register, match, expire in the same block, renew', async () => {
    // Governance (sudo here) accredits Bob and requires the ethics training module.
    await submit(api, api.tx.sudo.sudo(api.tx.utility.batchAll([
      api.tx.credentials.accreditIssuer(bob.address, ['ProfessionalLicense', 'BackgroundCheck', 'PlatformTraining'], [US_CA]),
      api.tx.credentials.setRequiredTraining(['EthicalGuidelines']),
    ])), alice);

    // Charlie registers first: listed, but pending verification and not found.
    const { events } = await submit(api, api.tx.utility.batchAll([
      api.tx.therapists.register(profile),
      api.tx.therapists.addOffering({ kind: 'Standard', durationMinutes: 50, price: 90n * MVT, slidingScaleFloor: 60n * MVT, formats: ['Voice', 'Video'] }),
      api.tx.therapists.setAvailability([{ start: 0, length: 7 * 24 * 60 }], []),
    ]), charlie);
    const registered = events.find(({ event }) => api.events.therapists.Registered.is(event));
    assert.ok(registered, 'Registered event');
    const holds = (await api.query.balances.holds(charlie.address)).map((h) => h.id.toJSON());
    assert.deepEqual(holds, [{ therapists: 'RegistrationDeposit' }]);
    let view = (await rpc(node.rpcPort, 'mentalverse_therapist', [charlie.address])).result;
    assert.equal(view.standing, 'pendingVerification');
    assert.deepEqual(await found({ specialty: 'anxiety' }), []);

    // Bob issues the license (short-lived), a background check and the training.
    const licenseUntil = (await best()) + 8;
    const { events: issued } = await submit(api, api.tx.utility.batchAll([
      api.tx.credentials.issue(charlie.address, { ProfessionalLicense: { jurisdiction: US_CA, class: 'Lmft', licenseNumber: randomAsHex(32) } }, randomAsHex(32), licenseUntil, null),
      api.tx.credentials.issue(charlie.address, { BackgroundCheck: { jurisdiction: US_CA } }, randomAsHex(32), licenseUntil + 1000, null),
      api.tx.credentials.issue(charlie.address, { PlatformTraining: { module: 'EthicalGuidelines' } }, randomAsHex(32), null, null),
    ]), bob);
    const licenseId = issued.find(({ event }) => api.events.credentials.CredentialIssued.is(event)).event.data.id.toNumber();

    view = (await rpc(node.rpcPort, 'mentalverse_therapist', [charlie.address])).result;
    assert.equal(view.standing, 'active');
    assert.equal(view.verification.verifiedUntil, licenseUntil);
    assert.equal(view.offerings[0].price, (90n * MVT).toString());
    assert.equal(view.profile.languages.join(), 'en,es');
    assert.equal(view.profile.jurisdictions[0], 'US-CA');

    const now = Math.floor(Date.now() / 1000);
    const right = {
      jurisdiction: 'US-CA', specialty: 'traumaPtsd', modality: 'emdr', language: 'es',
      competency: 'latinoHispanic', population: 'adults', insurance: 7, sessionKind: 'standard',
      format: 'video', maxPrice: (100n * MVT).toString(), acceptingNewClients: true,
      window: { from: now, to: now + 86_400 },
    };
    const page = await match(right);
    assert.deepEqual(page.results.map((r) => r.account), [charlie.address]);
    const [hit] = page.results;
    assert.equal(hit.verifiedUntil, licenseUntil);
    assert.equal(hit.offerings[0].durationMinutes, 50);
    assert.ok(hit.nextWindows.length > 0 && hit.nextWindows[0].from >= now, JSON.stringify(hit.nextWindows));
    assert.equal(page.complete, true);

    for (const wrong of [
      { specialty: 'grief' }, { modality: 'dbt' }, { language: 'fr' }, { jurisdiction: 'US-NY' },
      { maxPrice: (89n * MVT).toString() }, { format: 'text' }, { sessionKind: 'group' },
      { crisisOnCall: true }, { population: 'children' }, { insurance: 8 },
    ]) {
      assert.deepEqual(await found({ ...right, ...wrong }), [], JSON.stringify(wrong));
    }

    // Nobody sends anything: at block `licenseUntil` the license has expired.
    await waitFor(`block ${licenseUntil}`, async () => (await best()) >= licenseUntil, 90_000);
    const at = async (n) => (await api.rpc.chain.getBlockHash(n)).toHex();
    assert.deepEqual(await found(right, await at(licenseUntil - 1)), [charlie.address], 'found the block before');
    assert.deepEqual(await found(right, await at(licenseUntil)), [], 'gone in the expiry block');
    const atExpiry = (await rpc(node.rpcPort, 'mentalverse_therapist', [charlie.address, await at(licenseUntil)])).result;
    assert.equal(atExpiry.standing, 'pendingVerification');
    assert.equal(atExpiry.verification.licensed, false);

    // Renewal brings the therapist back.
    await submit(api, api.tx.credentials.renew(licenseId, (await best()) + 10_000), bob);
    assert.deepEqual(await found(right), [charlie.address]);
  });

  test('bad criteria are invalid params', async () => {
    for (const params of [
      [{ specialty: 'astrology' }],
      [{ language: 'english' }],
      [{ specialities: 'anxiety' }],
      [{}, 0, 51],
    ]) {
      const reply = await rpc(node.rpcPort, 'mentalverse_matchTherapists', params);
      assert.equal(reply.error?.code, -32602, JSON.stringify(reply));
    }
  });

  test('only governance suspends', async () => {
    await assert.rejects(
      submit(api, api.tx.therapists.suspend(charlie.address, 'ComplaintUnderReview'), bob),
      /BadOrigin/,
    );
    await submit(api, api.tx.sudo.sudo(api.tx.therapists.suspend(charlie.address, 'ComplaintUnderReview')), alice);
    const view = (await rpc(node.rpcPort, 'mentalverse_therapist', [charlie.address])).result;
    assert.deepEqual(view.standing, { suspended: 'complaintUnderReview' });
    assert.deepEqual(await found({}), []);
  });
});
