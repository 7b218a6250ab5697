/**
 * `npm run icons`: redraws public/apple-touch-icon.png from public/favicon.svg (see src/publish/icons.ts). Run it
 * after changing the favicon; a unit test fails while the two differ.
 */
import { writeFileSync } from 'node:fs';
import { currentTouchIcon, TOUCH_ICON } from '../publish/icons.ts';

writeFileSync(TOUCH_ICON, currentTouchIcon());
console.log(`wrote ${TOUCH_ICON}`);
