/**
 * Figures of the zone's talent programme as the public report gives them (`shared/context/zone-facts.md`).
 * Pure module.
 */

/** The talent fund of the zone's eight measures (八项措施): 1,000万元. */
export const ZONE_TALENT_FUND_YUAN = 10_000_000;

/** Flats of the zone's talent apartments (高新人才公寓; 1.6亿元). */
export const ZONE_TALENT_FLATS = 178;

/** Who issues the eight measures, and so whose policies the fund pays. */
export const ZONE_ISSUER = '包头稀土高新区';
