// A steady stream of MVT transfers for the fault tests: each sender keeps up to `window` of its
// transactions waiting for inclusion, with its own nonces, and every transaction's fate is
// recorded (block it was included in, whether that block was reported finalized, or why it was
// refused) so the tests can check afterwards that nothing the network reported finalized is lost.
import { blake2AsHex } from '@polkadot/util-crypto';

/**
 * Starts sending from every account of `senders` to `to` through `api`. Returns
 * `{ sent, halt, settle }`: `sent` grows with one record per transaction; `halt()` stops new
 * submissions; `settle(timeoutMs)` halts, then waits until every record is finalized or refused.
 */
export function startTransfers(api, senders, to, { window = 1 } = {}) {
  const sent = [];
  let halted = false;

  const send = (sender, nonce) => {
    const record = { sender: sender.address, nonce, hash: null, blockHash: null, finalized: false, refused: null };
    sent.push(record);
    // Distinct amounts keep every transaction distinct even across senders; immortal so that a
    // stall in finality cannot make one expire while it waits.
    const tx = api.tx.balances.transferKeepAlive(to, 1_000n + BigInt(sent.length));
    return new Promise((included) => {
      tx.signAndSend(sender, { nonce, era: 0 }, ({ status, txHash }) => {
        record.hash = txHash.toHex();
        if (status.isInBlock) {
          record.blockHash = status.asInBlock.toHex();
          included();
        } else if (status.isRetracted) {
          record.blockHash = null;
        } else if (status.isFinalized) {
          record.blockHash = status.asFinalized.toHex();
          record.finalized = true;
          included();
        } else if (status.isInvalid || status.isDropped || status.isUsurped || status.isFinalityTimeout) {
          record.refused = status.type;
          included();
        }
      }).catch((error) => {
        record.refused = error.message;
        included();
      });
    });
  };

  const loops = senders.map(async (sender) => {
    let nonce = (await api.rpc.system.accountNextIndex(sender.address)).toNumber();
    const waiting = new Set();
    while (!halted) {
      if (waiting.size >= window) {
        await Promise.race([...waiting, new Promise((r) => setTimeout(r, 1_000))]);
        continue;
      }
      const inclusion = send(sender, nonce).then(() => waiting.delete(inclusion));
      waiting.add(inclusion);
      nonce += 1;
    }
  });

  const halt = () => { halted = true; };
  const settle = async (timeoutMs) => {
    halt();
    await Promise.all(loops);
    const deadline = Date.now() + timeoutMs;
    while (sent.some((r) => !r.finalized && !r.refused)) {
      if (Date.now() > deadline) {
        const open = sent.filter((r) => !r.finalized && !r.refused).length;
        throw new Error(`${open} of ${sent.length} transactions neither finalized nor refused`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    return sent;
  };
  return { sent, halt, settle };
}

/**
 * Checks through `rpc` (a function of method and params) that every record of `finalized` is
 * in its block, and that block is canonical at its height on that node. Returns the highest
 * height checked.
 */
export async function assertFinalizedPresent(rpc, finalized, nodeName) {
  const byBlock = new Map();
  for (const record of finalized) {
    if (!byBlock.has(record.blockHash)) byBlock.set(record.blockHash, []);
    byBlock.get(record.blockHash).push(record);
  }
  let highest = 0;
  for (const [blockHash, records] of byBlock) {
    const block = (await rpc('chain_getBlock', [blockHash])).result;
    if (!block) throw new Error(`${nodeName} does not have block ${blockHash}`);
    const number = parseInt(block.block.header.number, 16);
    const canonical = (await rpc('chain_getBlockHash', [number])).result;
    if (canonical !== blockHash) {
      throw new Error(`${nodeName}: block ${number} is ${canonical}, but ${blockHash} was reported finalized`);
    }
    const hashes = new Set(block.block.extrinsics.map((xt) => blake2AsHex(xt)));
    for (const record of records) {
      if (!hashes.has(record.hash)) throw new Error(`${nodeName}: ${record.hash} missing from block ${number}`);
    }
    highest = Math.max(highest, number);
  }
  return highest;
}
