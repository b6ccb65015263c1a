// Consents and the audit trail end to end on the dev chain: a client consents, the therapist
// logs accesses, the client revokes and a further access is refused; an on-call therapist's
// break-glass access is logged and queued for review; the accounting RPC returns exactly the
// logged entries; the verification RPC accepts them and rejects a tampered copy. The recording
// consent gates recorded bookings. An erasure request is attested by its custodian.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { rpc, startNode } from './harness.js';
import { submit } from './tx.js';
import { licensedTherapist, profile, terms } from './fixtures.js';
import { eventsOf } from './referenda.js';

describe('consents and the audit trail', () => {
  let node;
  let api;
  let alice; let bob; let charlie; let dave; let eve;
  /** Entries the test logged, as the accounting should return them: [index, accessor, record]. */
  const logged = [];

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
    assert.equal((await api.query.compliance.trails(dave.address)).next.toNumber(), 2);
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

  test('the accounting returns exactly the logged entries and they verify; a tampered copy does not', async () => {
    const everything = await call('mentalverse_accountingOfDisclosures', [dave.address, 0, Number.MAX_SAFE_INTEGER, null, null]);
    assert.deepEqual(everything.entries.map((e) => [e.index, e.accessor, e.record]), logged);
    assert.equal(everything.next, null);
    assert.deepEqual(everything.entries.map((e) => e.basis), [{ consent: 0 }, { consent: 0 }, { breakGlass: 'riskToSelf' }]);
    // Pages of one, following the cursor.
    const first = await call('mentalverse_accountingOfDisclosures', [dave.address, 0, Number.MAX_SAFE_INTEGER, null, 1]);
    assert.deepEqual([first.entries.map((e) => e.index), first.next], [[0], 1]);

    const verified = await call('mentalverse_verifyAuditTrail', [dave.address, 0, everything.entries]);
    assert.deepEqual(verified, { valid: true, matched: 3, firstMismatch: null, reachesHead: true });
    const head = (await api.query.compliance.trails(dave.address)).head.toHex();
    assert.equal(everything.entries[2].digest, head);

    const tampered = structuredClone(everything.entries);
    tampered[1].purpose = 'research';
    const refused = await call('mentalverse_verifyAuditTrail', [dave.address, 0, tampered]);
    assert.deepEqual(refused, { valid: false, matched: 1, firstMismatch: 1, reachesHead: false });
    const dropped = [everything.entries[0], everything.entries[2]];
    assert.equal((await call('mentalverse_verifyAuditTrail', [dave.address, 0, dropped])).firstMismatch, 1);
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
    assert.equal(eventsOf(events, api.events.booking.Requested).length, 1);
  });
});
