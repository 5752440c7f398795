/** The region the API answers for when none is given (the first user of the platform). */
export const defaultRegion = 'da-nang';
