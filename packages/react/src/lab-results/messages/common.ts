/** Texts the locales share: signs, and fagområde names that are the same in bokmål and nynorsk. */

/** The flowsheet's status marks: signs, the same in every language. */
export const STATUS_MARKS = {
  registered: '○',
  partial: '◐',
  preliminary: '◐',
  amended: '✎',
  corrected: '✎',
  appended: '+',
  cancelled: '✕',
  'entered-in-error': '✕',
  unknown: '?',
};

export const nbExpertise = {
  CLIN: 'Medisinsk biokjemi',
  MBIO: 'Medisinsk mikrobiologi',
  MGEN: 'Medisinsk genetikk',
  FARM: 'Klinisk farmakologi',
  IMTR: 'Immunologi og transfusjonsmedisin',
  PAT: 'Patologi',
  RAD: 'Radiologi',
  NUK: 'Nukleærmedisin',
};
