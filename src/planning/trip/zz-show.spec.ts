import { tripPlanToCsv, tripPlanToHtml, tripPlanToICalendar } from './trip-exports';
import { planTrip } from './trip-planner';
import { randomTripInstance } from './trip-test-factories';
import * as fs from 'node:fs';
it('show', () => {
  const input = randomTripInstance(7);
  const r = planTrip({ ...input, request: { ...input.request, days: 3, stopsPerDay: 2 } });
  fs.writeFileSync('/tmp/tripdiag/plan.html', tripPlanToHtml(r, { lang: 'en' }));
  fs.writeFileSync('/tmp/tripdiag/plan.csv', tripPlanToCsv(r.plan));
  fs.writeFileSync('/tmp/tripdiag/plan.ics', tripPlanToICalendar(r.plan, { startDate: '2025-03-10' }));
  fs.writeFileSync('/tmp/tripdiag/plan.json', JSON.stringify(r, null, 1));
});
