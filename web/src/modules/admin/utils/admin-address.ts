/** The id in an administration page's address that asks for a new row rather than an existing one (`/admin/units/new`). */
export const NEW_ID = 'new';
