/**
 * Rewrites the pinned suggestions after an intended change to how tabs are matched:
 *
 *   npx tsx tests/unit/tabs/write-suggestion-pin.ts
 *
 * Review the fixture's diff: every changed line is a tab whose suggestions changed.
 */
import { writeFileSync } from 'node:fs';
import { PIN_FIXTURE, pinSuggestions } from './suggestion-pin-corpus';

writeFileSync(PIN_FIXTURE, `${JSON.stringify(pinSuggestions(), null, 2)}\n`);
