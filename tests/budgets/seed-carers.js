/**
 * Runs inside the page (passed to page.evaluate): adds approved carer households to the app's
 * IndexedDB with the raw API, as the register holds them (src/domain/support/carer.ts): the
 * household, its two carers, the register row with the support summary the app keeps on it
 * (src/domain/support/summary.ts), a year of supervision visits, a review and a placement. Ages and
 * bands only: no child's name. Synthetic people only.
 */
export async function seedCarers({ count, today }) {
  const FIRST = ['Aba', 'Bex', 'Cal', 'Dee', 'Eli', 'Fay', 'Gus', 'Hen'];
  const LAST = ['Carerton', 'Fosterby', 'Hubfield', 'Keepwell', 'Supportham', 'Tiersley'];
  let seed = 7;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const day = (offset) => new Date(Date.parse(today) + offset * 864e5).toISOString().slice(0, 10);
  const at = (offset) => new Date(Date.parse(today) + offset * 864e5).toISOString();
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('fostering');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const stores = ['households', 'people', 'carers', 'supervisionVisits', 'reviews', 'placements'];
  for (let start = 0; start < count; start += 500) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      for (let i = start; i < Math.min(count, start + 500); i++) {
        const id = `carer-${i}`;
        const last = pick(LAST);
        const names = [`${pick(FIRST)} ${last}`, `${pick(FIRST)} ${last}`];
        const approvedOffset = -30 - Math.floor(rand() * 2000);
        const reference = `C-${String(i).padStart(5, '0')}`;
        tx.objectStore('households').put({
          id, reference, kind: rand() < 0.2 ? 'connected' : 'mainstream', stage: 'approved', state: 'active',
          enquiryOn: day(approvedOffset - 240), stageEnteredOn: day(approvedOffset), lastMoveOn: day(approvedOffset),
          workerId: `bench-staff-${i % 8}`, assessment: { training: [] }, atRiskKeys: [],
          searchKeys: names.flatMap((n) => n.toLowerCase().split(' ')), nameKeys: [...new Set(names.flatMap((n) => n.toLowerCase().split(' ')))],
          listNames: names.join(' and '), listPostcode: 'LS1 1AB', duplicateKeys: [], isDemo: 0, createdAt: at(approvedOffset - 240), updatedAt: at(0),
        });
        names.forEach((name, order) => tx.objectStore('people').put({ id: `${id}-p${order}`, householdId: id, role: 'applicant', name, order }));
        const places = 1 + Math.floor(rand() * 3);
        const visitDays = Array.from({ length: 12 }, (_, v) => day(-30 * v - Math.floor(rand() * 40)));
        const reviewOn = day(approvedOffset + 330);
        const placement = rand() < 0.6 ? { startOn: day(-Math.floor(rand() * 300)), ageBand: pick(['under5', '5to10', '11to15', '16plus']) } : undefined;
        tx.objectStore('carers').put({
          householdId: id, reference, approvedOn: day(approvedOffset), connected: rand() < 0.2, onRegister: 1, isDemo: 0, updatedAt: at(0),
          terms: { types: ['shortTerm'], ageFrom: 0, ageTo: 17, numberOfChildren: places, siblingGroups: places > 1 },
          tierId: pick(['tier1', 'tier1', 'tier2', 'tier3']), supervisingWorkerId: `bench-staff-${i % 8}`,
          ...(rand() < 0.7 ? { tsdCompletedOn: day(approvedOffset + 200) } : {}),
          supportSummary: { names: names.join(' and '), lastVisitOn: [...visitDays].sort().at(-1), lastReviewOn: reviewOn, placements: placement ? [{ startOn: placement.startOn }] : [] },
        });
        visitDays.forEach((on, v) => {
          tx.objectStore('supervisionVisits').put({ id: `${id}-v${v}`, householdId: id, on, kind: 'planned', note: '', by: 'Bench User', at: at(-30 * v) });
        });
        tx.objectStore('reviews').put({ id: `${id}-r0`, householdId: id, on: reviewOn, toPanel: true, outcome: 'continue', carersAgree: true, note: '', by: 'Bench User', at: at(approvedOffset + 330) });
        if (placement) {
          tx.objectStore('placements').put({ id: `${id}-pl0`, householdId: id, ...placement, siblingGroup: false, shortBreak: false, by: 'Bench User', at: at(0) });
        }
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
  return { carers: count };
}
