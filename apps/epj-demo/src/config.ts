/**
 * The demo's one setting: `VITE_PPS_BASE_URL`. Unset, the demo runs on the built-in mocks (MSW in
 * the browser, answering on /api/pps). Set, it talks to that URL instead: a real EPJ backend proxy
 * in front of PPS, which holds the HelseID key and adds DPoP (see the README).
 */
export const ppsBaseUrl: string = import.meta.env.VITE_PPS_BASE_URL || '/api/pps';
export const usesMocks: boolean = !import.meta.env.VITE_PPS_BASE_URL;
