/**
 * Whether only 临时救助（急难型） is sought: help first, explain later (普民〔2021〕77号
 * 二(六) 先行救助). The means test is then asked afterwards, as staff request it. No
 * imports, so the form's first screens can ask it without the schema's code.
 */
export function isEmergencyOnly(programmes: readonly string[]): boolean {
  return programmes.length > 0 && programmes.every((p) => p === 'temporary-emergency');
}
