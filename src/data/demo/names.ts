/**
 * Word lists for synthetic demo people. Common first names and surnames put together at random:
 * no entry describes anyone real, and every contact detail comes from ranges reserved for fiction.
 */
export const FIRST_NAMES = [
  'Aisha', 'Amelia', 'Ben', 'Bethany', 'Callum', 'Chloe', 'Daniel', 'Deepa', 'Eleanor', 'Ethan',
  'Fatima', 'Finn', 'Grace', 'Hannah', 'Harvey', 'Imran', 'Isla', 'Jack', 'Jasmine', 'Kieran',
  'Layla', 'Leon', 'Lucy', 'Marcus', 'Megan', 'Mohammed', 'Nadia', 'Nathan', 'Olivia', 'Owen',
  'Priya', 'Rachel', 'Ravi', 'Rosa', 'Ryan', 'Sam', 'Sophie', 'Tariq', 'Theo', 'Zara',
] as const;

export const SURNAMES = [
  'Ashdown', 'Barnfield', 'Brightwell', 'Clayhill', 'Copperfield', 'Dunmore', 'Elmsworth', 'Fairbank',
  'Fenwick', 'Greenhalgh', 'Hartwell', 'Holloway', 'Kettering', 'Lakeby', 'Marlowe', 'Merriman',
  'Northcote', 'Oakridge', 'Pennington', 'Quarrie', 'Redfern', 'Rowntree', 'Saltmarsh', 'Thornbury',
  'Underhill', 'Wakefield', 'Westbrook', 'Whitlock', 'Woodley', 'Yardley',
] as const;

export const CHILD_NAMES = ['Alfie', 'Ava', 'Charlie', 'Ellie', 'Freddie', 'Isabella', 'Leo', 'Mia', 'Noah', 'Poppy'] as const;

export const STREETS = [
  'Larch Close', 'Mill Lane', 'Orchard Road', 'Station Road', 'Willow Crescent', 'Church View',
  'Beech Avenue', 'Meadow Way', 'Canal Street', 'Park Terrace', 'Foxglove Drive', 'Rowan Court',
] as const;

/** Outward codes for an imaginary council area; the inward part is generated in the valid format. */
export const OUTWARD_CODES = ['NE3', 'NE4', 'NE5', 'NE6', 'NE12', 'NE15', 'NE28', 'NE29'] as const;

/** Letters the inward code may use (no C, I, K, M, O or V). */
export const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** Demo staff carry "(demo)" in their name so every event they appear on is plainly synthetic. */
export const DEMO_STAFF_NAMES = [
  'Alex Demoworker (demo)',
  'Bea Sampleton (demo)',
  'Chris Placeholder (demo)',
  'Dana Testwood (demo)',
  'Eli Mockford (demo)',
] as const;

export const RELATIONSHIPS = {
  partner: 'Partner',
  adultChild: ['Son', 'Daughter'],
  child: ['Son', 'Daughter', 'Stepson', 'Stepdaughter'],
  namedChild: ['granddaughter', 'grandson', 'niece', 'nephew', "friend's child"],
} as const;
