// Booking end to end against the dev node: escrow held at request, released with no
// transaction when the dispute window closes; late cancellation with its fee; declined and
// expired requests refunded; a dispute split by governance; a group session filling up; a
// crisis request accepted by an on-call therapist; and the RPCs reminder services and on-call
// therapists use.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { rpc, startNode, waitFor } from './harness.js';
import { submit } from './tx.js';
import { MVT, access, licensedTherapist, policy as policyOf, profile, terms } from './fixtures.js';

const PRICE = 90n * MVT;
const SEAT = 30n * MVT;
const CRISIS_PRICE = 60n * MVT;

describe('booking', () => {
  let node;
  let api;
  let alice; let bob; let charlie; let dave; let eve; let ferdie;

  const free = async (who, state = api) => (await state.query.system.account(who)).data.free.toBigInt();
  const held = async (who) => (await api.query.balances.holds(who))
    .filter((h) => JSON.stringify(h.id.toJSON()) === '{"booking":"Escrow"}')
    .reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
  const chainSeconds = async () => Number((await api.query.timestamp.now()).toBigInt() / 1000n);
  const find = (events, kind) => events.find(({ event }) => kind.is(event))?.event;
  const stateAt = async (number) => api.at(await api.rpc.chain.getBlockHash(number));
  const numberOf = async (blockHash) => (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
  const request = async (client, start, offering = 0) => {
    const { events, blockHash } = await submit(api, api.tx.booking.request(charlie.address, offering, [start], 'Video', terms()), client);
    return { id: find(events, api.events.booking.Requested).data.id.toNumber(), events, blockHash };
  };
  const call = async (method, params) => {
    const { result, error } = await rpc(node.rpcPort, method, params);
    assert.equal(error, undefined, `${method}: ${JSON.stringify(error)}`);
    return result;
  };
  const policy = (freeCancelHours, disputeHours) => policyOf(api, freeCancelHours, disputeHours);

  before(async () => {
    await cryptoWaitReady();
    node = await startNode({ name: 'booking' });
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    [alice, bob, charlie, dave, eve, ferdie] = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie']
      .map((uri) => keyring.addFromUri(uri));
    await licensedTherapist(api, {
      alice,
      issuer: bob,
      therapist: charlie,
      offerings: [
        { kind: 'Standard', durationMinutes: 50, price: PRICE },
        { kind: { Group: { capacity: 2 } }, durationMinutes: 90, price: SEAT },
      ],
      extra: [
        api.tx.booking.setConfirmationPeriod(3),
        api.tx.booking.setCrisisTerms({ price: CRISIS_PRICE, minutes: 50, escalateAfter: 2 }),
      ],
    });
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  test('request, confirm, complete, automatic release with exact balances', async () => {
    const platform = api.consts.booking.platformAccount.toString();
    const start = (await chainSeconds()) + 30;
    const daveFree = await free(dave.address);
    const { id, events } = await request(dave, start);
    assert.equal(await held(dave.address), PRICE, 'the price is held, not sent');
    const feeOf = (evs) => evs.filter(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event))
      .reduce((sum, { event }) => sum + event.data.actualFee.toBigInt() + event.data.tip.toBigInt(), 0n);
    assert.equal(await free(dave.address), daveFree - PRICE - feeOf(events));

    const keys = access();
    await submit(api, api.tx.booking.confirm(id, keys), charlie);
    const booking = (await api.query.booking.bookings(id)).unwrap();
    assert.equal(booking.status.toString(), 'Confirmed');
    assert.equal(booking.access.therapist.unwrap().envelope.toHex(), keys.envelope, 'the sealed room key is on record');
    await waitFor('the session start', async () => (await chainSeconds()) >= start, 90_000);
    const record = randomAsHex(32);
    const { events: completedEvents } = await submit(api, api.tx.booking.complete(id, record), charlie);
    const completed = find(completedEvents, api.events.booking.Completed);
    assert.equal(completed.data.record.toHex(), record);
    const releaseAt = completed.data.releaseAt.toNumber();

    // Balances just before the release block, then at it: nobody sends anything. The
    // development genesis's loyalty rewards come with the release (20 and 200 MVT).
    await waitFor(`block ${releaseAt}`, async () => (await api.rpc.chain.getHeader()).number.toNumber() >= releaseAt, 60_000);
    const [before, at] = [await stateAt(releaseAt - 1), await stateAt(releaseAt)];
    assert.equal(await free(charlie.address, at) - await free(charlie.address, before), PRICE - PRICE / 10n + 200n * MVT);
    assert.equal(await free(platform, at) - await free(platform, before), PRICE / 10n);
    assert.equal(await free(dave.address, at) - await free(dave.address, before), 20n * MVT);
    assert.equal(await held(dave.address), 0n);
    const settled = find(await at.query.system.events(), api.events.booking.Settled);
    assert.ok(settled, 'Settled in the release block');
    assert.equal(settled.data.toTherapist.toBigInt(), PRICE - PRICE / 10n);
    assert.equal(settled.data.platformFee.toBigInt(), PRICE / 10n);
    assert.ok((await api.query.booking.bookings(id)).isNone);
    assert.deepEqual((await api.query.therapists.ratingRights(dave.address)).toJSON(), [[id, charlie.address]]);
    await submit(api, api.tx.therapists.rate(id, 5), dave);
  });

  test('a late client cancellation pays the late fee to the therapist', async () => {
    await submit(api, policy(1, 1), charlie); // free until an hour before, then 50%
    const { id } = await request(dave, (await chainSeconds()) + 600);
    await submit(api, api.tx.booking.confirm(id, access()), charlie);
    const { events, blockHash } = await submit(api, api.tx.booking.cancel(id), dave);
    const cancelled = find(events, api.events.booking.Cancelled);
    assert.equal(cancelled.data.fee.toBigInt(), PRICE / 2n);
    const settled = find(events, api.events.booking.Settled);
    assert.equal(settled.data.toTherapist.toBigInt(), PRICE / 2n);
    assert.equal(settled.data.refunded.toBigInt(), PRICE / 2n);
    const number = await numberOf(blockHash);
    assert.equal(await free(charlie.address, await stateAt(number)) - await free(charlie.address, await stateAt(number - 1)), PRICE / 2n);
    assert.equal(await held(dave.address), 0n);
  });

  test('declined and expired requests are refunded in full', async () => {
    const start = (await chainSeconds()) + 3600;
    const { id: declined } = await request(dave, start);
    const { events } = await submit(api, api.tx.booking.decline(declined), charlie);
    assert.equal(find(events, api.events.booking.Settled).data.refunded.toBigInt(), PRICE);
    assert.equal(await held(dave.address), 0n);

    const { id: expiring, blockHash } = await request(dave, start);
    const confirmBy = (await api.query.booking.bookings(expiring)).unwrap().status.asRequested.confirmBy.toNumber();
    assert.equal(confirmBy, await numberOf(blockHash) + 3, 'the governance-set confirmation period');
    await waitFor(`block ${confirmBy}`, async () => (await api.rpc.chain.getHeader()).number.toNumber() >= confirmBy, 60_000);
    const at = await stateAt(confirmBy);
    const expired = find(await at.query.system.events(), api.events.booking.Expired);
    assert.equal(expired?.data.id.toNumber(), expiring, 'expired with no transaction');
    assert.equal(await free(dave.address, at) - await free(dave.address, await stateAt(confirmBy - 1)), PRICE);
    assert.equal(await held(dave.address), 0n);
  });

  test('a dispute is split by governance', async () => {
    const platform = api.consts.booking.platformAccount.toString();
    const start = (await chainSeconds()) + 24;
    const { id } = await request(dave, start);
    await submit(api, api.tx.booking.confirm(id, access()), charlie);
    await waitFor('the session start', async () => (await chainSeconds()) >= start, 90_000);
    await submit(api, api.tx.booking.complete(id, null), charlie);
    await submit(api, api.tx.booking.dispute(id), dave);
    assert.equal((await api.query.booking.bookings(id)).unwrap().status.toString(), 'Disputed');
    const { blockHash } = await submit(api, api.tx.sudo.sudo(api.tx.booking.resolveDispute(id, 30)), alice);
    const number = await numberOf(blockHash);
    const [before, at] = [await stateAt(number - 1), await stateAt(number)];
    const refund = PRICE * 30n / 100n;
    const fee = (PRICE - refund) / 10n;
    assert.equal(await free(dave.address, at) - await free(dave.address, before), refund);
    assert.equal(await free(charlie.address, at) - await free(charlie.address, before), PRICE - refund - fee);
    assert.equal(await free(platform, at) - await free(platform, before), fee);
    assert.ok((await api.query.booking.bookings(id)).isNone);
  });

  test('a group session fills up', async () => {
    const start = (await chainSeconds()) + 2 * 3600;
    const { id: first, events } = await request(dave, start, 1);
    const opened = find(events, api.events.booking.GroupOpened);
    assert.equal(opened.data.capacity.toNumber(), 2);
    const group = opened.data.group.toNumber();
    await submit(api, api.tx.booking.confirm(first, access()), charlie);
    const { id: second, events: joined } = await request(eve, start, 1);
    assert.equal((await api.query.booking.bookings(second)).unwrap().status.toString(), 'Confirmed', 'joined a scheduled group');
    assert.equal(find(joined, api.events.booking.GroupFilled)?.data.group.toNumber(), group);
    assert.equal(await held(eve.address), SEAT, 'a seat escrow per participant');
    await assert.rejects(request(ferdie, start, 1), /booking\.GroupFull/);
    assert.deepEqual((await api.query.booking.groups(group)).unwrap().seats.toJSON(), [first, second]);

    const upcoming = await call('mentalverse_upcomingSessions', [charlie.address, start - 60, start + 60]);
    assert.deepEqual(upcoming.map((s) => [s.id, s.group, s.status]), [[first, group, 'confirmed'], [second, group, 'confirmed']]);
    assert.equal(upcoming[0].escrow, SEAT.toString());
    assert.deepEqual(upcoming[0].service, { offering: 1, kind: { group: { capacity: 2 } } });
  });

  test('a crisis request is queued, escalates and is accepted by an on-call therapist', async () => {
    await submit(api, api.tx.therapists.updateProfile(profile(true)), charlie);
    const { events, blockHash } = await submit(api, api.tx.booking.raiseCrisis('Video', terms()), ferdie);
    const id = find(events, api.events.booking.CrisisRaised).data.id.toNumber();
    const queue = await call('mentalverse_crisisQueue', []);
    assert.deepEqual(queue.map((c) => [c.id, c.client, c.escrow]), [[id, ferdie.address, CRISIS_PRICE.toString()]]);
    const escalation = await numberOf(blockHash) + 2;
    await waitFor(`block ${escalation}`, async () => (await api.rpc.chain.getHeader()).number.toNumber() >= escalation, 60_000);
    const escalated = find(await (await stateAt(escalation)).query.system.events(), api.events.booking.CrisisEscalated);
    assert.equal(escalated?.data.id.toNumber(), id, 'an unaccepted request escalates');

    await assert.rejects(submit(api, api.tx.booking.acceptCrisis(id, access()), dave), /booking\.NotOnCrisisCall/);
    const { events: acceptedEvents } = await submit(api, api.tx.booking.acceptCrisis(id, access()), charlie);
    const accepted = find(acceptedEvents, api.events.booking.CrisisAccepted);
    assert.equal(accepted.data.therapist.toString(), charlie.address);
    const start = accepted.data.start.toNumber();
    assert.ok(Math.abs(start - await chainSeconds()) <= 12, 'starts now, no minimum notice');
    assert.deepEqual(await call('mentalverse_crisisQueue', []), []);
    const upcoming = await call('mentalverse_upcomingSessions', [ferdie.address, start, start + 1]);
    assert.deepEqual(upcoming.map((s) => [s.id, s.service, s.status, s.therapist]), [[id, 'crisis', 'confirmed', charlie.address]]);
    assert.equal(await held(ferdie.address), CRISIS_PRICE);
  });
});
