/** Tables whose rows a change can touch, each snapshotted whole (a focus area with its co-owners). */
export type Table =
  | 'plan'
  | 'aiming_point'
  | 'committee'
  | 'unit'
  | 'focus_area'
  | 'action'
  | 'indicator'
  | 'observation'
  | 'support_link'
  | 'contribution_link'
  | 'comment'
  | 'user'
  | 'credential';
