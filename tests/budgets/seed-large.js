/**
 * Runs inside the page (passed to page.evaluate): writes a large synthetic data set straight into
 * the app's IndexedDB with the raw API, so the bench needs no test-only code in the app bundle.
 * Shapes follow src/domain/household.ts. Synthetic people only.
 */
export async function seedLargeDataset({ households: count, eventsPerHousehold, today, prefix = 'bench', referencePrefix = 'B' }) {
  const FIRST = ['Ada', 'Ben', 'Cara', 'Dev', 'Esme', 'Finn', 'Gita', 'Hal', 'Isla', 'Jon', 'Kemi', 'Lior', 'Mira', 'Nico', 'Orla', 'Pax'];
  const LAST = ['Testwell', 'Samplefield', 'Mockford', 'Dummerby', 'Fakenham', 'Placeholt', 'Exampleton', 'Synthwick', 'Madeupson', 'Trialby'];
  const STAGES = ['enquiry', 'initialVisit', 'application', 'stage1', 'stage2', 'panel', 'decision', 'approved'];
  const STATES = ['active', 'active', 'active', 'active', 'onHold', 'withdrawn', 'closed'];
  let seed = 42;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const day = (offset) => new Date(Date.parse(today) + offset * 864e5).toISOString().slice(0, 10);
  const at = (offset) => new Date(Date.parse(today) + offset * 864e5).toISOString();

  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('fostering');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const write = (stores, fill) =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      fill(tx);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });

  const CHUNK = 500;
  for (let start = 0; start < count; start += CHUNK) {
    await write(['households', 'householdDetails', 'people', 'events', 'checks'], (tx) => {
      for (let i = start; i < Math.min(count, start + CHUNK); i++) {
        const id = `${prefix}-${i}`;
        const last = pick(LAST);
        const names = [`${pick(FIRST)} ${last}`, `${pick(FIRST)} ${last}`];
        const postcode = `LS${1 + (i % 28)} ${1 + (i % 9)}${pick(['AB', 'DX', 'QR', 'TN'])}`;
        const phone = `07700${String(900000 + (i % 1000)).padStart(6, '0')}`;
        const email = `household${i}@example.com`;
        const stage = pick(STAGES);
        const state = stage === 'approved' ? 'active' : pick(STATES);
        const enquiryOffset = -Math.floor(rand() * 540);
        const dueOffset = Math.floor(rand() * 120) - 40;
        const nextDeadline = (state === 'active' || state === 'onHold') && stage !== 'approved' ? day(dueOffset) : undefined;
        // As `todayKeys` stores them: every day of the last 14 before the deadline (no at-risk day kept).
        const atRiskKeys = nextDeadline ? Array.from({ length: 15 }, (_, back) => [day(dueOffset - 14 + back), nextDeadline]) : [];
        tx.objectStore('households').put({
          id, reference: `${referencePrefix}-${String(i).padStart(5, '0')}`, kind: rand() < 0.15 ? 'connected' : 'mainstream', stage, state,
          enquiryOn: day(enquiryOffset), stageEnteredOn: day(Math.min(0, enquiryOffset + 60)), lastMoveOn: day(Math.min(0, enquiryOffset + 60)),
          workerId: `${prefix}-staff-${i % 8}`, holdUntil: state === 'onHold' ? day(Math.floor(rand() * 60) - 30) : undefined,
          assessment: { training: [] }, nextDeadlineOn: nextDeadline, nextDeadlineLabel: nextDeadline ? 'Initial visit' : undefined, atRiskKeys,
          searchKeys: [...names.flatMap((n) => n.toLowerCase().split(' ')), postcode.replace(' ', '').toLowerCase(), email, phone],
          nameKeys: [...new Set(names.flatMap((n) => n.toLowerCase().split(' ')))],
          listNames: names.join(' and '), listPostcode: postcode,
          duplicateKeys: [`email:${email}`, `phone:${phone}`], isDemo: 0, createdAt: at(enquiryOffset), updatedAt: at(0),
        });
        tx.objectStore('householdDetails').put({ householdId: id, email, phone, postcode, howHeard: 'website', interests: ['notSure'] });
        names.forEach((name, order) => tx.objectStore('people').put({ id: `${id}-p${order}`, householdId: id, role: 'applicant', name, order }));
        for (let e = 0; e < eventsPerHousehold; e++) {
          tx.objectStore('events').put({ id: `${id}-e${e}`, householdId: id, at: at(enquiryOffset + e), by: 'Bench User', type: 'note', summary: 'Synthetic event', fields: [] });
        }
        if (["stage1", "stage2", "panel", "decision"].includes(stage) && (state === "active" || state === "onHold")) {
          for (let c = 0; c < 6; c++) {
            const requestedOn = day(enquiryOffset + 70);
            const received = rand() < 0.7;
            tx.objectStore('checks').put({ id: `${id}-c${c}`, householdId: id, type: 'localAuthority', label: `Check ${c + 1}`, requestedOn,
              receivedOn: received ? day(enquiryOffset + 90) : undefined, awaitingSince: received ? undefined : requestedOn });
          }
        }
      }
    });
  }
  await write(['staff'], (tx) => {
    for (let s = 0; s < 8; s++) tx.objectStore('staff').put({ id: `${prefix}-staff-${s}`, name: `${prefix === 'bench' ? 'Bench' : 'Other'} Worker ${s + 1}`, active: 1 });
  });
  db.close();
  return { households: count, events: count * eventsPerHousehold };
}
