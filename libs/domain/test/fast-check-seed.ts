import fc from 'fast-check';

/**
 * The domain's properties run with one seed, as the API's do: fixed unless
 * KOMPAS_FC_SEED says otherwise (`npm run test:random` passes a new one).
 */
const DEFAULT_FC_SEED = 20261204;
const given = process.env['KOMPAS_FC_SEED'];
const seed = given === undefined || given === '' ? DEFAULT_FC_SEED : Number(given);
if (!Number.isSafeInteger(seed)) throw new Error(`KOMPAS_FC_SEED must be a whole number, not ${JSON.stringify(given)}`);
fc.configureGlobal({ seed });
