/**
 * Synthetic labs and clinicians for the mock data. Names are invented; HER-ids and HPR numbers are
 * in ranges chosen for pps-kit, except the requester HPR 4128168, which NHN's PPS test examples use.
 */
import type { LabSpec, PartySpec } from './build';

export const LABS = {
  biochemistry: { name: 'Fjordbyen sykehus HF, Avdeling for medisinsk biokjemi', her: '8000101' },
  biochemistryPrivate: { name: 'Dalen medisinske laboratorium', her: '8000102' },
  microbiology: { name: 'Fjordbyen sykehus HF, Mikrobiologisk avdeling', her: '8000103' },
  pathology: { name: 'Fjordbyen sykehus HF, Avdeling for patologi', her: '8000104' },
  radiology: { name: 'Vika radiologi', her: '8000105' },
} as const satisfies Record<string, LabSpec>;

export const GP: PartySpec = {
  name: 'Kari Klinikersen',
  hpr: '4128168',
  role: 'LE',
  organisation: 'Fjordbyen legekontor',
  her: '8000201',
};

export const HOSPITAL_DOCTOR: PartySpec = {
  name: 'Per Poliklinikk',
  hpr: '9900102',
  role: 'LE',
  organisation: 'Fjordbyen sykehus HF, Medisinsk poliklinikk',
  her: '8000202',
};

export const LAB_DOCTOR: PartySpec = { name: 'Lise Labsen', hpr: '9900201', role: 'LE' };
export const BIOMEDICAL_SCIENTIST: PartySpec = { name: 'Bjørn Bioingeniør', hpr: '9900202', role: 'BI' };
export const PATHOLOGIST: PartySpec = { name: 'Paula Patolog', hpr: '9900203', role: 'LE' };
export const RADIOLOGIST: PartySpec = { name: 'Rolf Radiolog', hpr: '9900204', role: 'LE' };
