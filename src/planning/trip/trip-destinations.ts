/**
 * Where a trip may go: the destinations of a request (cities, provinces, universities) and the partnership
 * filter, checked against the known universities so that an unknown name is a 400 naming its field.
 */
import { TripPlanningError, TripPlanningInput, TripUniversity } from './trip-types';

function fail(field: string, message: string): never {
  throw new TripPlanningError(field, message);
}

/** City names compare without the 市 suffix and surrounding spaces. */
export function cityName(name: string): string {
  return name.normalize('NFKC').trim().replace(/市$/, '');
}

/** Province names compare without their administrative suffix: 甘肃 = 甘肃省, 内蒙古 = 内蒙古自治区. */
export function provinceName(name: string): string {
  return name
    .normalize('NFKC')
    .trim()
    .replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
}

/** Which universities the destinations allow; every named city, province and university must exist. */
export function destinationFilter(universities: TripUniversity[], r: TripPlanningInput['request']): (i: number) => boolean {
  const d = r.destinations ?? {};
  const cities = new Set((d.cities ?? []).map(cityName));
  const provinces = new Set((d.provinces ?? []).map(provinceName));
  const ids = new Set(d.universityIds ?? []);
  const knownCities = new Set(universities.map((u) => cityName(u.city)));
  const knownProvinces = new Set(universities.map((u) => provinceName(u.province)));
  const knownIds = new Set(universities.map((u) => u.id));
  const unknownCity = (d.cities ?? []).filter((c) => !knownCities.has(cityName(c)));
  if (unknownCity.length) fail('cities', `no university is known in ${unknownCity.join(', ')}`);
  const unknownProvince = (d.provinces ?? []).filter((p) => !knownProvinces.has(provinceName(p)));
  if (unknownProvince.length) fail('provinces', `no university is known in ${unknownProvince.join(', ')}`);
  const unknownId = (d.universityIds ?? []).filter((id) => !knownIds.has(id));
  if (unknownId.length) fail('universities', `unknown university: ${unknownId.join(', ')}`);
  const wanted = new Set(r.partnershipTypes ?? []);
  const partnered = (u: TripUniversity) => !r.requirePartnership || wanted.size === 0 || (u.partnershipTypes ?? []).some((t) => wanted.has(t));
  const anyDestination = cities.size + provinces.size + ids.size > 0;
  return (i) => {
    const u = universities[i];
    const inPlace = !anyDestination || cities.has(cityName(u.city)) || provinces.has(provinceName(u.province)) || ids.has(u.id);
    return inPlace && partnered(u);
  };
}
