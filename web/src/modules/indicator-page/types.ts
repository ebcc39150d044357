import type { components } from '../api/schema.gen';

/** Who recorded or corrected an observation, as the API names them. */
export type Recorder = { id: string; name: string };

/**
 * An observation as the indicator page reads it (`GET /api/indicators/{id}/observations`). `recordedBy` and
 * `reason` are optional: older servers do not send them, and the page shows them only when they are there.
 */
export type Observation = components['schemas']['ObservationDto'] & { recordedBy?: Recorder | null; reason?: string | null };
