/**
 * Who uses JobBridge. Centre roles and grid workers are scoped to a region subtree (a null
 * region means the whole country), an HR officer to one enterprise, a seeker to themself.
 */
export const ROLES = ['centre_admin', 'centre_staff', 'hr_officer', 'grid_worker', 'seeker'] as const;
export type Role = (typeof ROLES)[number];

/** Employment-centre people: everything in their region subtree. The admin also manages accounts. */
export const CENTRE_ROLES = ['centre_admin', 'centre_staff'] as const satisfies readonly Role[];

/** Roles scoped by a region subtree (the grid worker's region is a grid or community). */
export const REGION_SCOPED_ROLES = ['centre_admin', 'centre_staff', 'grid_worker'] as const satisfies readonly Role[];

/** Roles whose clear-text reads of a resident's personal data are written to the audit log. */
export const STAFF_ROLES = ['centre_admin', 'centre_staff', 'grid_worker', 'hr_officer'] as const satisfies readonly Role[];

export const isOneOf = <R extends Role>(role: Role, roles: readonly R[]): role is R => (roles as readonly Role[]).includes(role);
