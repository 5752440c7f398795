import { z } from 'zod';

// Imported first by every page script: zod's check for eval (`new Function('')`) would be reported as a violation of
// the page's Content-Security-Policy (script-src 'self') on every load. Jitless, it never tries; parsing stays correct.
z.config({ jitless: true });
