/**
 * Runs inside the page (passed to page.evaluate): writes a large synthetic data set straight into
 * the app's IndexedDB with the raw API, so the bench needs no test-only code in the app bundle.
 * Shapes follow src/domain/household.ts. Synthetic people only.
 *
 * `sealed` ({ passcode, personId }) writes the data set as a device that always had a passcode
 * holds it: a data key wrapped for that person, and each record sealed as the app seals it
 * (src/data/crypto: sensitive-fields.ts, sealed-record.ts, blind-index.ts, keys.ts). A record
 * sealed any other way does not open in the app, so a drift fails the bench rather than passing.
 */
export async function seedLargeDataset({ households: count, eventsPerHousehold, today, prefix = 'bench', referencePrefix = 'B', sealed }) {
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
  const seal = sealed ? await sealingFor(sealed) : undefined;
  /** A chunk's rows are sealed before its transaction opens: an await inside one would end it. */
  const putAll = async (stores, rows) => {
    const values = seal ? await Promise.all(rows.map(([store, row]) => seal(store, row))) : rows.map(([, row]) => row);
    await write(stores, (tx) => rows.forEach(([store], i) => tx.objectStore(store).put(values[i])));
  };

  /** What keys.ts makes and keeps: a data key wrapped for the passcode, and the index key derived from it. */
  async function sealingFor({ passcode, personId }) {
    const subtle = crypto.subtle;
    const text = new TextEncoder();
    const dataKey = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    const salt = crypto.getRandomValues(new Uint8Array(16)).buffer;
    const iv = crypto.getRandomValues(new Uint8Array(12)).buffer;
    const iterations = 600_000;
    const material = await subtle.importKey('raw', text.encode(passcode.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
    const wrapping = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['wrapKey']);
    const wrapped = await subtle.wrapKey('raw', dataKey, wrapping, { name: 'AES-GCM', iv });
    await write(['keyring'], (tx) => tx.objectStore('keyring').put({ v: 1, kdf: 'PBKDF2-SHA-256', iterations, salt, iv, wrapped, personId, setAt: new Date().toISOString() }));
    const base = await subtle.importKey('raw', await subtle.exportKey('raw', dataKey), 'HKDF', false, ['deriveKey']);
    const indexKey = await subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: text.encode('fostering data key'), info: text.encode('blind index v1') },
      base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign'],
    );
    // Each table's sealed fields and keyed-hash fields, as sensitive-fields.ts declares them, for the fields seeded here.
    const SEALED = {
      households: ['nextDeadlineLabel', 'listNames', 'listPostcode', 'searchKeys', 'nameKeys', 'duplicateKeys'],
      householdDetails: ['email', 'phone', 'postcode', 'howHeard', 'interests'],
      people: ['name', 'dateOfBirth', 'relationship'],
      events: ['summary'],
      checks: ['label'],
    };
    const KEY = { households: 'id', householdDetails: 'householdId', people: 'id', events: 'id', checks: 'id' };
    const base64url = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const blind = async (tokens) =>
      Promise.all([...new Set(tokens)].map(async (t) => base64url(new Uint8Array(await subtle.sign('HMAC', indexKey, text.encode(t)), 0, 16))));
    // domain/blind-search-tokens.ts: an email address or number whole, anything else by every prefix from 2 characters.
    const prefixes = (key) => (key.includes('@') || /^\d+$/.test(key) || key.length <= 2 ? [key] : Array.from({ length: key.length - 1 }, (_, n) => key.slice(0, n + 2)));
    return async (store, row) => {
      const fields = SEALED[store];
      if (!fields) return row;
      const hidden = {};
      const clear = { ...row };
      for (const f of fields) {
        if (row[f] === undefined) continue;
        hidden[f] = row[f];
        delete clear[f];
      }
      const cipherIv = crypto.getRandomValues(new Uint8Array(12)).buffer;
      const context = `${store}/${JSON.stringify(row[KEY[store]])}`;
      const ct = await subtle.encrypt({ name: 'AES-GCM', iv: cipherIv, additionalData: text.encode(context) }, dataKey, text.encode(JSON.stringify(hidden)));
      clear.sealed = { v: 1, iv: cipherIv, ct };
      if (store === 'households') {
        clear.searchKeys = await blind(row.searchKeys.flatMap(prefixes));
        clear.nameKeys = await blind(row.nameKeys);
        clear.duplicateKeys = await blind(row.duplicateKeys);
      }
      return clear;
    };
  }

  const CHUNK = 500;
  for (let start = 0; start < count; start += CHUNK) {
    const rows = [];
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
      rows.push(['households', {
        id, reference: `${referencePrefix}-${String(i).padStart(5, '0')}`, kind: rand() < 0.15 ? 'connected' : 'mainstream', stage, state,
        enquiryOn: day(enquiryOffset), stageEnteredOn: day(Math.min(0, enquiryOffset + 60)), lastMoveOn: day(Math.min(0, enquiryOffset + 60)),
        workerId: `${prefix}-staff-${i % 8}`, holdUntil: state === 'onHold' ? day(Math.floor(rand() * 60) - 30) : undefined,
        assessment: { training: [] }, nextDeadlineOn: nextDeadline, nextDeadlineLabel: nextDeadline ? 'Initial visit' : undefined, atRiskKeys,
        searchKeys: [...names.flatMap((n) => n.toLowerCase().split(' ')), postcode.replace(' ', '').toLowerCase(), email, phone],
        nameKeys: [...new Set(names.flatMap((n) => n.toLowerCase().split(' ')))],
        listNames: names.join(' and '), listPostcode: postcode,
        duplicateKeys: [`email:${email}`, `phone:${phone}`], isDemo: 0, createdAt: at(enquiryOffset), updatedAt: at(0),
      }]);
      rows.push(['householdDetails', { householdId: id, email, phone, postcode, howHeard: 'website', interests: ['notSure'] }]);
      names.forEach((name, order) => rows.push(['people', { id: `${id}-p${order}`, householdId: id, role: 'applicant', name, order }]));
      // A third of households have one or two others living there, of any age up to 30: some turn
      // 18 soon, which Today's adult checks notice looks for among every member.
      const members = rand() < 0.33 ? 1 + Math.floor(rand() * 2) : 0;
      for (let m = 0; m < members; m++) {
        rows.push(['people', { id: `${id}-m${m}`, householdId: id, role: 'member', name: `${pick(FIRST)} ${last}`, order: m,
          dateOfBirth: day(-Math.floor(rand() * 30 * 365)), relationship: pick(['Son', 'Daughter', 'Adult son', 'Adult daughter', 'Parent']) }]);
      }
      for (let e = 0; e < eventsPerHousehold; e++) {
        rows.push(['events', { id: `${id}-e${e}`, householdId: id, at: at(enquiryOffset + e), by: 'Bench User', type: 'note', summary: 'Synthetic event', fields: [] }]);
      }
      if (["stage1", "stage2", "panel", "decision"].includes(stage) && (state === "active" || state === "onHold")) {
        for (let c = 0; c < 6; c++) {
          const requestedOn = day(enquiryOffset + 70);
          const received = rand() < 0.7;
          rows.push(['checks', { id: `${id}-c${c}`, householdId: id, type: 'localAuthority', label: `Check ${c + 1}`, requestedOn,
            receivedOn: received ? day(enquiryOffset + 90) : undefined, awaitingSince: received ? undefined : requestedOn }]);
        }
      }
    }
    await putAll(['households', 'householdDetails', 'people', 'events', 'checks'], rows);
  }
  // A drift in the app's schema (a store, a key) must fail the bench, not leave it timing less data than it says.
  const held = (store) =>
    new Promise((resolve, reject) => {
      const req = db.transaction(store).objectStore(store).count(IDBKeyRange.bound(`${prefix}-`, `${prefix}-\uffff`));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const assert = (ok, what) => {
    if (!ok) throw new Error(`The bench's seed: ${what}`);
  };
  const [households, events] = [await held('households'), await held('events')];
  assert(households === count, `${households} of ${count} households were written`);
  assert(events === count * eventsPerHousehold, `${events} of ${count * eventsPerHousehold} events were written`);
  await write(['staff'], (tx) => {
    for (let s = 0; s < 8; s++) tx.objectStore('staff').put({ id: `${prefix}-staff-${s}`, name: `${prefix === 'bench' ? 'Bench' : 'Other'} Worker ${s + 1}`, active: 1 });
  });
  db.close();
  return { households: count, events: count * eventsPerHousehold };
}
