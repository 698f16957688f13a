/**
 * Types for generated JavaScript, written as JSDoc: tsc checks them in this project's tests
 * (`checkJs`), while consumers read the declaration file beside the module instead.
 */

/** A generated module: its JavaScript, and the declaration file consumers type-check against. */
export interface JsModule {
  module: string;
  declarations: string;
}

/** `/** @import { A, B } from "module" *\/`: type-only names for the JSDoc below it. */
export function jsImportType(names: readonly string[], moduleSpecifier: string): string {
  return `/** @import { ${names.join(", ")} } from ${JSON.stringify(moduleSpecifier)} */`;
}
