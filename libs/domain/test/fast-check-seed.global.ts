/**
 * The one seed every fast-check property of the domain's run uses, printed
 * once: the API's convention (KOMPAS_FC_SEED replays a run; without it the
 * seed is fixed, so CI tries the same cases every time).
 */
export const DEFAULT_FC_SEED = 20261204;

export function fastCheckSeed(): number {
  const given = process.env['KOMPAS_FC_SEED'];
  const seed = given === undefined || given === '' ? DEFAULT_FC_SEED : Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`KOMPAS_FC_SEED must be a whole number, not ${JSON.stringify(given)}`);
  return seed;
}

export default function printSeed(): void {
  const seed = fastCheckSeed();
  const fixed = seed === DEFAULT_FC_SEED && !process.env['KOMPAS_FC_SEED'];
  process.stdout.write(`\nfast-check seed ${seed}${fixed ? ' (the fixed one)' : ''}; KOMPAS_FC_SEED=${seed} replays it\n`);
}
