/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The EPJ backend proxy; unset, the demo runs on the built-in mocks. */
  readonly VITE_EPJ_PROXY_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
