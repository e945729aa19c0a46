/** What viewers ask about during a livestream recruitment show. */
export const INTENTS = ['pay', 'accommodation', 'travel', 'education', 'hours', 'location', 'how_to_apply', 'other'] as const;
export type Intent = (typeof INTENTS)[number];
