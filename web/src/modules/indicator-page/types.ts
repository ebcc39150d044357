import type { components } from '../api/schema.gen';

/** Who recorded or corrected an observation, as the API names them. */
export type Recorder = { id: string; name: string };

/** An observation as the indicator page reads it (`GET /api/indicators/{id}/observations`), with who recorded it and why. */
export type Observation = components['schemas']['ObservationDto'];
