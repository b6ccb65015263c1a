// Signs and submits a transaction; resolves once it is in a block and succeeded.
export function submit(api, tx, signer) {
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        const reason = dispatchError.isModule
          ? (({ section, name }) => `${section}.${name}`)(api.registry.findMetaError(dispatchError.asModule))
          : dispatchError.toString();
        reject(new Error(`dispatch failed: ${reason}`));
      } else if (status.isInBlock) {
        const failed = events.find(({ event }) => api.events.sudo?.Sudid?.is(event) && event.data.sudoResult.isErr);
        if (failed) reject(new Error(`sudo call failed: ${failed.event.data.sudoResult.toString()}`));
        else resolve({ blockHash: status.asInBlock, events });
      }
    }).catch(reject);
  });
}
