// Consents and the audit trail end to end on the dev chain: a client consents, the therapist
// logs accesses, the client revokes and a further access is refused; an on-call therapist's
// break-glass access is logged and queued for review; the accounting RPC returns exactly the
// logged entries; the verification RPC accepts them and rejects a tampered copy. The recording
// consent gates recorded bookings. An erasure request is attested by its custodian. Consent
// changes, credential changes and booking steps enter the trails without anyone logging them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { rpc, startNode } from './harness.js';
import { submit } from './tx.js';
import { access, licensedTherapist, profile, terms } from './fixtures.js';
import { eventsOf } from './referenda.js';

describe('consents and the audit trail', () => {
  let node;
  let api;
  let alice; let bob; let charlie; let dave; let eve;
  /** Entries the test logged, as the accounting should return them: [index, accessor, record]. */
  const logged = [];
  /** The recorded session Dave books in the last tests. */
  let booking;

  const call = async (method, params) => {
    const { result, error } = await rpc(node.rpcPort, method, params);
    assert.equal(error, undefined, `${method}: ${JSON.stringify(error)}`);
    return result;
  };
  const consentId = async (grantee, purpose) =>
    (await api.query.compliance.consents(dave.address, grantee, purpose)).unwrap().id.toNumber();
  const log = async (who, basis, purpose = 'Treatment', cls = 'SessionNote') => {
    const record = randomAsHex(32);
    const { events } = await submit(api, api.tx.compliance.logAccess(dave.address, record, cls, purpose, 'Access', basis), who);
    const [entry] = eventsOf(events, api.events.compliance.EntryLogged);
    logged.push([entry.data.index.toNumber(), who.address, record]);
    return { events, entry };
  };

  before(async () => {
    await cryptoWaitReady();
    node = await startNode({ name: 'compliance' });
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    [alice, bob, charlie, dave, eve] = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve'].map((uri) => keyring.addFromUri(uri));
    // Charlie: a licensed therapist (Bob the licensing board), on crisis call.
    await licensedTherapist(api, { alice, issuer: bob, therapist: charlie, offerings: [{ kind: 'Standard', durationMinutes: 50, price: 10n ** 10n }] });
    await submit(api, api.tx.therapists.updateProfile(profile(true)), charlie);
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  test('consented accesses are logged; after revocation the next is refused', async () => {
    await submit(api, api.tx.compliance.grantConsent(eve.address, 'Treatment', null), dave);
    assert.equal(await call('mentalverse_hasConsent', [dave.address, eve.address, 'treatment']), true);
    assert.equal(await call('mentalverse_hasConsent', [dave.address, eve.address, 'research']), false);
    const id = await consentId(eve.address, 'Treatment');
    await log(eve, { Consent: id });
    await log(eve, { Consent: id }, 'Treatment', 'TreatmentPlan');
    await submit(api, api.tx.compliance.revokeConsent(eve.address, 'Treatment'), dave);
    assert.equal(await call('mentalverse_hasConsent', [dave.address, eve.address, 'treatment']), false);
    await assert.rejects(
      submit(api, api.tx.compliance.logAccess(dave.address, randomAsHex(32), 'SessionNote', 'Treatment', 'Access', { Consent: id }), eve),
      /compliance\.NoConsent/,
    );
    // Grant, two accesses, revocation.
    assert.equal((await api.query.compliance.trails(dave.address)).next.toNumber(), 4);
  });

  test('a break-glass access by an on-call therapist is logged and awaits review', async () => {
    await assert.rejects(
      submit(api, api.tx.compliance.logAccess(dave.address, randomAsHex(32), 'CrisisRecord', 'Treatment', 'Access', { BreakGlass: 'RiskToSelf' }), eve),
      /compliance\.NotOnCrisisCall/,
    );
    const { events, entry } = await log(charlie, { BreakGlass: 'RiskToSelf' }, 'Treatment', 'CrisisRecord');
    const [glass] = eventsOf(events, api.events.compliance.BreakGlass);
    const reviews = await call('mentalverse_pendingReviews', []);
    assert.deepEqual(reviews.map((r) => [r.id, r.subject, r.entry, r.accessor, r.justification]),
      [[glass.data.review.toNumber(), dave.address, entry.data.index.toNumber(), charlie.address, 'riskToSelf']]);
    // Governance (sudo on the dev chain) closes it; the entry stays in the trail.
    await submit(api, api.tx.sudo.sudo(api.tx.compliance.closeReview(glass.data.review, 'Justified')), alice);
    assert.deepEqual(await call('mentalverse_pendingReviews', []), []);
  });

  test('the accounting returns exactly the logged accesses; the whole trail verifies, a tampered copy does not', async () => {
    const everything = await call('mentalverse_accountingOfDisclosures', [dave.address, 0, Number.MAX_SAFE_INTEGER, null, null]);
    assert.deepEqual(everything.entries.map((e) => [e.index, e.accessor, e.record]), logged);
    assert.equal(everything.next, null);
    assert.deepEqual(everything.entries.map((e) => e.basis), [{ consent: 0 }, { consent: 0 }, { breakGlass: 'riskToSelf' }]);
    // Pages of one, following the cursor (the consent entry before the first access is skipped).
    const first = await call('mentalverse_accountingOfDisclosures', [dave.address, 0, Number.MAX_SAFE_INTEGER, null, 1]);
    assert.deepEqual([first.entries.map((e) => e.index), first.next], [[logged[0][0]], logged[0][0] + 1]);

    // The whole trail: consent changes between the accesses.
    const trail = (await call('mentalverse_auditTrail', [dave.address, 0, null])).entries;
    assert.deepEqual(trail.map((e) => e.kind), ['consentGranted', 'access', 'access', 'consentRevoked', 'access']);
    assert.deepEqual([trail[0].grantee, trail[0].purpose, trail[3].consent], [eve.address, 'treatment', 0]);
    const verified = await call('mentalverse_verifyAuditTrail', [dave.address, 0, trail]);
    assert.deepEqual(verified, { valid: true, matched: 5, firstMismatch: null, reachesHead: true });
    const head = (await api.query.compliance.trails(dave.address)).head.toHex();
    assert.equal(trail[4].digest, head);

    const tampered = structuredClone(trail);
    tampered[2].purpose = 'research';
    const refused = await call('mentalverse_verifyAuditTrail', [dave.address, 0, tampered]);
    assert.deepEqual(refused, { valid: false, matched: 2, firstMismatch: 2, reachesHead: false });
    const dropped = trail.filter((e) => e.index !== 3);
    assert.equal((await call('mentalverse_verifyAuditTrail', [dave.address, 0, dropped])).firstMismatch, 3);
  });

  test('an erasure request is honoured by its custodian and shows its status', async () => {
    const ferdie = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Ferdie');
    await submit(api, api.tx.sudo.sudo(api.tx.compliance.registerCustodian(ferdie.address)), alice);
    const record = logged[0][2];
    const { events } = await submit(api, api.tx.compliance.requestErasure(record, 'SessionNote', [ferdie.address]), dave);
    const [requested] = eventsOf(events, api.events.compliance.ErasureRequested);
    const id = requested.data.id;
    const pending = (await api.query.compliance.erasures(id)).unwrap();
    assert.equal(pending.status.type, 'Pending');
    const deadline = (await api.query.compliance.erasureDeadline()).toNumber();
    assert.equal(pending.deadline.toNumber(), pending.filedAt.toNumber() + deadline);
    await assert.rejects(submit(api, api.tx.compliance.attestErasure(id, randomAsHex(32)), eve), /compliance\.NotNamedCustodian/);
    const certificate = randomAsHex(32);
    const attested = await submit(api, api.tx.compliance.attestErasure(id, certificate), ferdie);
    assert.equal(eventsOf(attested.events, api.events.compliance.ErasureCompleted).length, 1);
    const done = (await api.query.compliance.erasures(id)).unwrap();
    assert.equal(done.status.type, 'Completed');
    assert.equal(done.custodians[0].certificate.unwrap().toHex(), certificate);
    const held = async () => (await api.query.system.account(dave.address)).data.reserved.toBigInt();
    const before = await held();
    await submit(api, api.tx.compliance.closeErasure(id), dave);
    assert.equal(before - (await held()), pending.deposit.toBigInt());
    assert.equal((await api.query.compliance.erasures(id)).isNone, true);
  });

  test('a recorded session needs the client\'s recording consent', async () => {
    const recorded = () => api.tx.booking.request(charlie.address, 0, [Math.floor(Date.now() / 1000) + 3_600], 'Video', { ...terms(), recording: true });
    await assert.rejects(submit(api, recorded(), dave), /booking\.NoRecordingConsent/);
    await submit(api, api.tx.compliance.grantConsent(charlie.address, 'SessionRecording', null), dave);
    const { events } = await submit(api, recorded(), dave);
    const [requested] = eventsOf(events, api.events.booking.Requested);
    booking = requested.data.id.toNumber();
  });

  test('credential changes, consents and booking steps enter the trails by themselves', async () => {
    // Charlie's two credentials, issued by Bob in the set-up.
    const charlies = (await call('mentalverse_auditTrail', [charlie.address, 0, null])).entries;
    assert.deepEqual(charlies.map((e) => [e.kind, e.actor, e.event.credential.change]),
      [['process', bob.address, 'issued'], ['process', bob.address, 'issued']]);

    await submit(api, api.tx.booking.confirm(booking, access()), charlie);
    const daves = (await call('mentalverse_auditTrail', [dave.address, 0, null])).entries;
    assert.deepEqual(daves.slice(-3).map((e) => [e.kind, e.actor ?? e.grantee, e.event ?? e.purpose]), [
      ['consentGranted', charlie.address, 'sessionRecording'],
      ['process', dave.address, { booking: { id: booking, step: 'requested' } }],
      ['process', charlie.address, { booking: { id: booking, step: 'confirmed' } }],
    ]);
    const from = daves[0].index;
    const verified = await call('mentalverse_verifyAuditTrail', [dave.address, from, daves]);
    assert.deepEqual([verified.valid, verified.reachesHead], [true, true]);
    // None of them is an access or disclosure: the accounting is unchanged.
    const accounting = await call('mentalverse_accountingOfDisclosures', [dave.address, 0, Number.MAX_SAFE_INTEGER, null, null]);
    assert.deepEqual(accounting.entries.map((e) => e.index), logged.map(([index]) => index));
  });
});
