// Booking end to end: a client books a licensed therapist, the price is held, the therapist
// confirms and completes, and when the dispute window closes the escrow is released with no
// transaction: the therapist receives the price less the platform fee, the platform the fee.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider, Keyring } from '@polkadot/api';
import { cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { startNode, waitFor } from './harness.js';
import { submit } from './tx.js';

const US_CA = { country: '0x5553', region: '0x434100' };
const MVT = 10n ** 8n;
const PRICE = 90n * MVT;
const hex = (text) => `0x${Buffer.from(text).toString('hex')}`;

describe('booking', () => {
  let node;
  let api;
  let alice; let bob; let charlie; let dave;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode({ name: 'booking' });
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    [alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((uri) => keyring.addFromUri(uri));
  });

  after(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  const free = async (who) => (await api.query.system.account(who)).data.free.toBigInt();
  const held = async (who) => (await api.query.balances.holds(who))
    .filter((h) => JSON.stringify(h.id.toJSON()) === '{"booking":"Escrow"}')
    .reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
  const chainSeconds = async () => Number((await api.query.timestamp.now()).toBigInt() / 1000n);

  test('request, confirm, complete, automatic release with exact balances', async () => {
    const platform = api.consts.booking.platformAccount.toString();
    await submit(api, api.tx.sudo.sudo(api.tx.utility.batchAll([
      api.tx.credentials.accreditIssuer(bob.address, ['ProfessionalLicense', 'BackgroundCheck'], [US_CA]),
      api.tx.booking.setMinNotice(12),
      api.tx.booking.setBounds({
        minFreeCancelHours: 0, maxFreeCancelHours: 72, maxLateCancelFee: 100, maxNoShowFee: 100,
        minDisputeHours: 0, maxDisputeHours: 168,
      }),
      api.tx.booking.setPlatformFee(100_000), // 10%
    ])), alice);
    await submit(api, api.tx.utility.batchAll([
      api.tx.credentials.issue(charlie.address, { ProfessionalLicense: { jurisdiction: US_CA, class: 'Lpc', licenseNumber: randomAsHex(32) } }, randomAsHex(32), 100_000, null),
      api.tx.credentials.issue(charlie.address, { BackgroundCheck: { jurisdiction: US_CA } }, randomAsHex(32), 100_000, null),
    ]), bob);
    await submit(api, api.tx.utility.batchAll([
      api.tx.therapists.register({
        jurisdictions: [US_CA], specialties: ['Anxiety'], modalities: ['Cbt'], languages: [hex('en')],
        culturalCompetencies: [], populations: ['Adults'], insurance: [], yearsExperience: 3,
        utcOffsetMinutes: 0, acceptingNewClients: true, crisisOnCall: false, document: randomAsHex(32),
      }),
      api.tx.therapists.addOffering({ kind: 'Standard', durationMinutes: 50, price: PRICE, slidingScaleFloor: null, formats: ['Video'] }),
      api.tx.therapists.setAvailability([{ start: 0, length: 7 * 24 * 60 }], []),
      api.tx.booking.setPolicy({ freeCancelHours: 0, lateCancelFee: 50, noShowFee: 100, disputeHours: 0 }),
    ]), charlie);

    const start = (await chainSeconds()) + 30;
    const daveFree = await free(dave.address);
    const { events } = await submit(api, api.tx.booking.request(charlie.address, 0, start, 'Video'), dave);
    const requested = events.find(({ event }) => api.events.booking.Requested.is(event));
    assert.ok(requested, 'Requested event');
    const id = requested.event.data.id.toNumber();
    assert.equal(await held(dave.address), PRICE, 'the price is held, not sent');
    const feeOf = (evs) => evs.filter(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event))
      .reduce((sum, { event }) => sum + event.data.actualFee.toBigInt() + event.data.tip.toBigInt(), 0n);
    assert.equal(await free(dave.address), daveFree - PRICE - feeOf(events));

    await submit(api, api.tx.booking.confirm(id), charlie);
    assert.equal((await api.query.booking.bookings(id)).unwrap().status.toString(), 'Confirmed');
    await waitFor('the session start', async () => (await chainSeconds()) >= start, 90_000);
    const record = randomAsHex(32);
    const { events: completedEvents, blockHash } = await submit(api, api.tx.booking.complete(id, record), charlie);
    const completed = completedEvents.find(({ event }) => api.events.booking.Completed.is(event));
    assert.equal(completed.event.data.record.toHex(), record);
    const releaseAt = completed.event.data.releaseAt.toNumber();

    // Balances just before the release block, then at it: nobody sends anything.
    const before = await api.at(await api.rpc.chain.getBlockHash(releaseAt - 1));
    await waitFor(`block ${releaseAt}`, async () => (await api.rpc.chain.getHeader()).number.toNumber() >= releaseAt, 60_000);
    const at = await api.at(await api.rpc.chain.getBlockHash(releaseAt));
    const freeAt = async (state, who) => (await state.query.system.account(who)).data.free.toBigInt();
    assert.equal(await freeAt(at, charlie.address) - await freeAt(before, charlie.address), PRICE - PRICE / 10n);
    assert.equal(await freeAt(at, platform) - await freeAt(before, platform), PRICE / 10n);
    assert.equal(await freeAt(at, dave.address), await freeAt(before, dave.address));
    assert.equal(await held(dave.address), 0n);
    const settled = (await at.query.system.events()).find(({ event }) => api.events.booking.Settled.is(event));
    assert.ok(settled, 'Settled in the release block');
    assert.equal(settled.event.data.toTherapist.toBigInt(), PRICE - PRICE / 10n);
    assert.equal(settled.event.data.platformFee.toBigInt(), PRICE / 10n);
    assert.ok((await api.query.booking.bookings(id)).isNone);
    const rights = (await api.query.therapists.ratingRights(dave.address)).toJSON();
    assert.deepEqual(rights, [[id, charlie.address]]);
    await submit(api, api.tx.therapists.rate(id, 5), dave);
    assert.ok(blockHash);
  });
});
