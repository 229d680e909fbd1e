/**
 * @packageDocumentation
 * @module @arbkit/connectors
 */

/** The package's version line, for diagnostics. */
export const PACKAGE_NAME = "@arbkit/connectors";
