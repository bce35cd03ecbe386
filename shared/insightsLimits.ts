/*
 * Apart from shared/insights.ts (its schemas need zod) so that the page can name it before its
 * bundle has run (renderer/src/app/firstCalls.ts).
 */

/** How many lessons the Insights screen lists at most; the total is always given. */
export const SIDEWALK_LESSONS_SHOWN = 50
