// Apart from schema.ts so that a banner or the role picker can name the roles without
// loading the schema library.
export const ROLES = ['teacher', 'school', 'town', 'bureau'] as const;
export type Role = (typeof ROLES)[number];
