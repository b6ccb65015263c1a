// Passing a referendum on the dev chain (fast governance periods), shared by the governance and
// runtime-upgrade tests.
import assert from 'node:assert/strict';
import { bnToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { waitFor } from './harness.js';
import { submit } from './tx.js';
import { MVT } from './fixtures.js';

/** The events of kind `kind` (e.g. `api.events.system.CodeUpdated`) among `events`. */
export const eventsOf = (events, kind) => events.filter(({ event }) => kind.is(event)).map(({ event }) => event);

/**
 * The scheduler task id under which referendum `index` is enacted: blake2 of the SCALE encoding
 * of `(*b"assembly", "enactment", index)` (the string with its compact length, 9 → 0x24).
 */
export const enactmentId = (index) => u8aToHex(blake2AsU8a(u8aConcat(
  stringToU8a('assembly'), new Uint8Array([9 << 2]), stringToU8a('enactment'), bnToU8a(index, { bitLength: 32, isLe: true }),
)));

/**
 * Notes `call`'s preimage, submits it as a referendum on `origin`'s track, places the decision
 * deposit and votes it through with `voter`'s 100,000,000 MVT at 3x conviction. Resolves once
 * it is enacted, with the enactment's dispatch result and its block's events.
 */
export async function passReferendum(api, voter, origin, call) {
  const hash = call.method.hash.toHex();
  if ((await api.query.preimage.requestStatusFor(hash)).isNone) {
    await submit(api, api.tx.preimage.notePreimage(call.method.toHex()), voter);
  }
  const len = call.method.encodedLength;
  const { events: submitted } = await submit(api, api.tx.referenda.submit(origin, { Lookup: { hash, len } }, { After: 1 }), voter);
  const index = eventsOf(submitted, api.events.referenda.Submitted)[0].data.index.toNumber();
  await submit(api, api.tx.referenda.placeDecisionDeposit(index), voter);
  const balance = 100_000_000n * MVT;
  await submit(api, api.tx.convictionVoting.vote(index, { Standard: { vote: { aye: true, conviction: 'Locked3x' }, balance } }), voter);
  const id = enactmentId(index);
  let result;
  let events;
  await waitFor(`referendum ${index} enacted`, async () => {
    events = await api.query.system.events();
    const dispatched = eventsOf(events, api.events.scheduler.Dispatched)
      .find((e) => e.data.id.isSome && e.data.id.unwrap().toHex() === id);
    result = dispatched?.data.result;
    return dispatched !== undefined;
  }, 150_000, 1_000);
  assert.ok((await api.query.referenda.referendumInfoFor(index)).unwrap().isApproved);
  return { result, events };
}
