import type { BaseResolver, Config, NormalizedProblem } from "@redocly/openapi-core";

/** Watch mode's lint of a save by the parts it changed, when the last save linted clean (lint-by-parts.mjs). */
export class LintByParts {
  /** How the last lint went: by parts, and how many parts it walked of how many; or whole. */
  readonly lastRun: { byParts: boolean; walked: number; parts: number };
  /** Redocly's problems for the spec at `specPath`, as `lint` finds them; `configKey` tells one config file's contents from another's. */
  problems(specPath: string, config: Config, configKey: string | undefined, resolver: BaseResolver): Promise<NormalizedProblem[]>;
}
