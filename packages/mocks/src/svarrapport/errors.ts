/** Why a Svarrapport message could not be converted. */
export type SvarrapportErrorCode =
  /**
   * The bytes cannot be read as text: not valid in the encoding their byte-order mark or XML
   * declaration names, or an encoding pps-kit cannot decode. The reason names the encoding.
   */
  | 'encoding'
  /** Not well-formed XML. */
  | 'malformed-xml'
  /** Nested deeper than `SVARRAPPORT_LIMITS` allow (elements, or results under results). */
  | 'too-deep'
  /** Not a Svarrapport: another root element or another namespace. */
  | 'unsupported-message'
  /** A Svarrapport without a ServReport. */
  | 'empty-message'
  /** A required element is missing. */
  | 'missing-element'
  /** An element holds a value that cannot be read. */
  | 'invalid-value';

/**
 * A Svarrapport message could not be converted. `element` is the path of the element at fault
 * (`Message/ServReport/Patient`); nothing half-built is ever returned.
 */
export class SvarrapportError extends Error {
  readonly code: SvarrapportErrorCode;
  readonly element: string;
  readonly reason: string;

  constructor(code: SvarrapportErrorCode, element: string, reason: string) {
    super(`${element}: ${reason}`);
    this.name = 'SvarrapportError';
    this.code = code;
    this.element = element;
    this.reason = reason;
  }
}
