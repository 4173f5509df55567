/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A real EPJ backend proxy in front of PPS. Unset: the built-in mocks answer. */
  readonly VITE_PPS_BASE_URL?: string;
}
