import { resourceInfo } from '../../src/domain/library/front-matter';

/** Small made-up resource files standing in for the repo's real ones. */
export const FIXTURE_FILES: Record<string, string> = {
  './resources/made-up-emergency.md': `---
id: made-up-emergency
title: Made-up emergency guide
category: Emergencies and safety
summary: What to do first.
audience: carers
lastReviewed: 2026-11-01
---
# Made-up emergency guide

If a child is in danger, call 999. Then tell {{service.name}} on {{service.outOfHoursPhone}}.

See [Pretend allowances](pretend-allowances).
`,
  './resources/pretend-allowances.md': `---
id: pretend-allowances
title: Pretend allowances
category: Money
summary: How the weekly allowance is paid.
audience: carers
lastReviewed: 2026-10-01
---
# Pretend allowances

The emergency fund pays for urgent costs.

| Age | Weekly |
| --- | --- |
| 0 to 4 | £200 |
`,
  './resources/broken.md': 'no front matter here',
};

/** The fixture files as the built app holds them: front matter read ahead, each text loaded on demand. */
export function fixtureBuiltIn() {
  const entries = Object.entries(FIXTURE_FILES);
  return {
    BUILT_IN_INFO: Object.fromEntries(entries.map(([path, text]) => [path, resourceInfo(path.split('/').pop()!, text)])),
    BUILT_IN_TEXTS: Object.fromEntries(entries.map(([path, text]) => [path, () => Promise.resolve(text)])),
  };
}
