/**
 * The calls created in this page since it loaded, until their page has offered "Plan it now"
 * once: the new-call form marks a call as it saves it, the call's page takes the mark when it
 * opens. Page memory only, on purpose: reopening the call later is not "right after saving it".
 */
const offers = new Set<string>()

export function offerPlanFor(callId: string): void {
  offers.add(callId)
}

/** True once for a call just created (the mark is taken). */
export function takePlanOffer(callId: string): boolean {
  return offers.delete(callId)
}
