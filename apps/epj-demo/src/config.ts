/**
 * The demo's one setting: `VITE_EPJ_PROXY_URL`. Unset, the demo runs on the built-in mocks (MSW in
 * the browser). Set, it talks to that EPJ backend proxy instead, which holds the HelseID key, adds
 * DPoP and the trust-framework attestation, and forwards `/pps`, `/pts`, `/parek` and `/kj` to
 * PPS, PTS, PaRek and the Kjernejournal helseindikator (see the README).
 */
const proxy = (import.meta.env.VITE_EPJ_PROXY_URL ?? '').replace(/\/+$/, '');

export const usesMocks: boolean = proxy === '';
const base = usesMocks ? '/api' : proxy;

export const serviceUrls = {
  pps: `${base}/pps`,
  pts: `${base}/pts`,
  parek: `${base}/parek`,
  kjernejournal: `${base}/kj`,
} as const;
