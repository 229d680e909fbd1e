/**
 * @packageDocumentation
 * @module @arbkit/engines
 */

/** The package's version line, for diagnostics. */
export const PACKAGE_NAME = "@arbkit/engines";
