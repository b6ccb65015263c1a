// Shared set-up for the booking and economy end-to-end tests: a development chain whose
// governance (sudo) accredits Bob as a licensing board and relaxes booking bounds so sessions
// can start within seconds, and Charlie licensed and listed as a therapist.
import { randomAsHex } from '@polkadot/util-crypto';
import { submit } from './tx.js';

export const US_CA = { country: '0x5553', region: '0x434100' };
export const MVT = 10n ** 8n;
export const hex = (text) => `0x${Buffer.from(text).toString('hex')}`;

/** A client's request terms: its own payment (or `payer`'s), list price, a fresh key. */
export const terms = (payer = null) => ({ payer, price: null, clientKey: randomAsHex(32), recording: false });

/** The therapist's half of a session's key exchange: its key and a sealed room key. */
export const access = () => ({ therapistKey: randomAsHex(32), envelope: randomAsHex(80) });

export const profile = (crisisOnCall = false) => ({
  jurisdictions: [US_CA], specialties: ['Anxiety'], modalities: ['Cbt'], languages: [hex('en')],
  culturalCompetencies: [], populations: ['Adults'], insurance: [], yearsExperience: 3,
  utcOffsetMinutes: 0, acceptingNewClients: true, crisisOnCall, document: randomAsHex(32),
});

/** A cancellation policy: free until `freeCancelHours` before, then 50%; no-show 100%. */
export const policy = (api, freeCancelHours, disputeHours) =>
  api.tx.booking.setPolicy({ freeCancelHours, lateCancelFee: 50, noShowFee: 100, disputeHours });

/**
 * Sudo (`alice`) accredits `issuer` for licenses and background checks in US-CA, sets a 12 s
 * minimum notice, bounds allowing 0-hour windows, a 10% platform fee and `extra` calls; the
 * issuer licenses `therapist`, who registers with `offerings`, is open all week and takes
 * `policy(0, 0)`.
 */
export async function licensedTherapist(api, { alice, issuer, therapist, offerings, extra = [] }) {
  await submit(api, api.tx.sudo.sudo(api.tx.utility.batchAll([
    api.tx.credentials.accreditIssuer(issuer.address, ['ProfessionalLicense', 'BackgroundCheck'], [US_CA]),
    api.tx.booking.setMinNotice(12),
    api.tx.booking.setBounds({
      minFreeCancelHours: 0, maxFreeCancelHours: 72, maxLateCancelFee: 100, maxNoShowFee: 100,
      minDisputeHours: 0, maxDisputeHours: 168,
    }),
    api.tx.booking.setPlatformFee(100_000), // 10%
    ...extra,
  ])), alice);
  await submit(api, api.tx.utility.batchAll([
    api.tx.credentials.issue(therapist.address, { ProfessionalLicense: { jurisdiction: US_CA, class: 'Lpc', licenseNumber: randomAsHex(32) } }, randomAsHex(32), 100_000, null),
    api.tx.credentials.issue(therapist.address, { BackgroundCheck: { jurisdiction: US_CA } }, randomAsHex(32), 100_000, null),
  ]), issuer);
  await submit(api, api.tx.utility.batchAll([
    api.tx.therapists.register(profile(false)),
    ...offerings.map((offering) => api.tx.therapists.addOffering({ slidingScaleFloor: null, formats: ['Video'], ...offering })),
    api.tx.therapists.setAvailability([{ start: 0, length: 7 * 24 * 60 }], []),
    policy(api, 0, 0),
  ]), therapist);
}
