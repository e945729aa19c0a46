/** Codes are digits and Latin letters: statistical codes or a centre's own grid codes. */
export const REGION_CODE_PATTERN = /^[0-9A-Za-z]{1,32}$/;
export const REGION_CODE_MESSAGE = 'must be 1 to 32 digits or Latin letters';
