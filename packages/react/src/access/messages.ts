import type { Catalogue } from '../shared/i18n';

/** Texts of the access-restriction views: elevated access, PTS restrictions, visibility. */
export interface AccessMessages {
  // Elevated access
  elevateOpen: string;
  elevateNotAllowed: string;
  elevateTitle: string;
  elevateIntro: string;
  elevateBasis: string;
  elevateConsent: string;
  elevateConsentHint: string;
  elevateEmergency: string;
  elevateEmergencyHint: string;
  elevateReason: string;
  elevateReasonHint: string;
  elevateConfirm: string;
  elevateSubmit: string;
  cancel: string;
  errorSummary: string;
  errorBasis: string;
  /** `{min}` */
  errorReason: string;
  errorConfirm: string;
  /** `{basis}`, `{time}` */
  bannerText: string;
  /** `{reason}` */
  bannerReason: string;
  bannerLogged: string;
  bannerEnd: string;
  bannerLabel: string;
  basisLabels: Record<string, string>;
  // Visibility on Helsenorge
  visibilityLabel: string;
  visibilityVisible: string;
  /** `{date}` */
  visibilityDelayed: string;
  visibilityDelayedUnknown: string;
  visibilityWithheld: string;
  visibilityChecking: string;
  visibilityUnknown: string;
  // Patient-safety restrictions
  safetyHeading: string;
  safetyNone: string;
  safetyCode: string;
  safetyEffect: string;
  safetyCause: string;
  safetyCreated: string;
  /** `{date}` */
  safetyDelayedUntil: string;
  safetyWithheld: string;
  /** `{days}` */
  safetyDelayDays: string;
  /** `{days}` */
  safetyDaysShort: string;
  safetyPassed: string;
  causeLabels: Record<string, string>;
  codeLabels: Record<string, string>;
  safetyFormHeading: string;
  safetyKind: string;
  safetyKindUntil: string;
  safetyKindDays: string;
  safetyKindWithhold: string;
  safetyUntilDate: string;
  safetyDays: string;
  safetyWithholdReason: string;
  safetyChoose: string;
  safetySubmit: string;
  safetySaving: string;
  safetySaved: string;
  safetySaveFailed: string;
  fieldErrors: Record<string, string>;
  // Privacy restrictions
  privacyHeading: string;
  privacyNone: string;
  privacyTypeLabels: Record<string, string>;
  privacyLevelLabels: Record<string, string>;
  privacyWho: string;
  privacyWhat: string;
  privacyWhen: string;
  privacyAllPersonnel: string;
  privacySpecified: string;
  privacyAllResults: string;
  privacyAlways: string;
  /** `{from}` */
  privacyFrom: string;
  /** `{to}` */
  privacyTo: string;
  /** `{from}`, `{to}` */
  privacyBetween: string;
  notConfigured: string;
  ptsLoading: string;
  ptsErrorTitle: string;
}

export const accessMessages: Catalogue<AccessMessages> = {
  nb: {
    elevateOpen: 'Gi forhøyet tilgang …',
    elevateNotAllowed: 'Du har ikke rettighet til å gi forhøyet tilgang i denne journalen.',
    elevateTitle: 'Forhøyet tilgang til prøvesvar',
    elevateIntro:
      'Pasienten har sperret prøvesvarene sine for alt helsepersonell. Du kan bare åpne dem når pasienten samtykker, eller i en akuttsituasjon.',
    elevateBasis: 'Grunnlag',
    elevateConsent: 'Pasienten samtykker',
    elevateConsentHint: 'Pasienten har samtykket til at du ser de sperrede prøvesvarene nå.',
    elevateEmergency: 'Akuttsituasjon',
    elevateEmergencyHint: 'Opplysningene trengs for å gi helsehjelp som ikke kan vente.',
    elevateReason: 'Begrunnelse',
    elevateReasonHint: 'Skriv kort hvorfor du trenger prøvesvarene. Begrunnelsen logges.',
    elevateConfirm: 'Jeg vet at tilgangen logges, og at pasienten ser den i innsynsloggen på Helsenorge.',
    elevateSubmit: 'Åpne prøvesvarene',
    cancel: 'Avbryt',
    errorSummary: 'Rett opp dette før du går videre:',
    errorBasis: 'Velg grunnlaget for tilgangen.',
    errorReason: 'Skriv en begrunnelse på minst {min} tegn.',
    errorConfirm: 'Bekreft at du vet at tilgangen logges og vises for pasienten.',
    bannerText: 'Forhøyet tilgang ({basis}) er aktiv for denne pasienten fra kl. {time}.',
    bannerReason: 'Begrunnelse: {reason}',
    bannerLogged: 'Tilgangen logges og vises for pasienten på Helsenorge.',
    bannerEnd: 'Avslutt forhøyet tilgang',
    bannerLabel: 'Forhøyet tilgang',
    basisLabels: { FORHOYET_SAMTYKKE: 'pasientens samtykke', FORHOYET_AKUTT: 'akuttsituasjon' },
    visibilityLabel: 'Pasienten ser svaret på Helsenorge',
    visibilityVisible: 'Nå',
    visibilityDelayed: 'Fra {date}',
    visibilityDelayedUnknown: 'Senere (utsatt innsyn)',
    visibilityWithheld: 'Aldri: holdes tilbake',
    visibilityChecking: 'Sjekker …',
    visibilityUnknown: 'Ukjent: tilgangsstyring (PTS) svarer ikke',
    safetyHeading: 'Pasientens innsyn',
    safetyNone: 'Ingen restriksjoner: pasienten ser dette på Helsenorge.',
    safetyCode: 'Kode',
    safetyEffect: 'Virkning',
    safetyCause: 'Opprettet av',
    safetyCreated: 'Opprettet',
    safetyDelayedUntil: 'Utsatt til {date}',
    safetyWithheld: 'Holdes tilbake',
    safetyDelayDays: 'Utsatt i {days, plural, one {# dag} other {# dager}}',
    safetyDaysShort: '{days, plural, one {# dag} other {# dager}}',
    safetyPassed: 'utløpt',
    causeLabels: {
      Manual: 'Helsepersonell',
      Automated: 'Laboratoriet (automatisk)',
      Derived: 'Arvet fra rekvisisjonen',
      Undefined: 'Ukjent',
    },
    codeLabels: {
      N: 'Normal',
      NORU: 'Utsatt innsyn for innbygger',
      NORS: 'Sperret',
      NORN_FFL: 'Nektet, fare for liv',
      NORN_KUT: 'Nektet, klart utilrådelig',
      NORN_EPO: 'Nektet, eget ønske',
      NORN_ALL: 'Nektet, alle',
      NORN_FOR: 'Nektet, foreldet',
      NORN_FFH: 'Nektet, fare for helsepersonell',
      NORN_FPB: 'Nektet, forsvarlig pasientbehandling',
      NORN_DUP: 'Nektet, duplikat',
      NORN_ANG: 'Nektet, andre grunner',
    },
    safetyFormHeading: 'Utsett eller nekt pasientens innsyn',
    safetyKind: 'Hva skal gjelde?',
    safetyKindUntil: 'Utsett innsyn til en dato',
    safetyKindDays: 'Utsett innsyn et antall dager',
    safetyKindWithhold: 'Nekt innsyn',
    safetyUntilDate: 'Synlig for pasienten fra',
    safetyDays: 'Antall dager',
    safetyWithholdReason: 'Grunn til å nekte innsyn',
    safetyChoose: 'Velg …',
    safetySubmit: 'Lagre',
    safetySaving: 'Lagrer …',
    safetySaved: 'Lagret. Pasientens innsyn er oppdatert.',
    safetySaveFailed: 'Restriksjonen ble ikke lagret.',
    fieldErrors: {
      kind: 'Velg hva som skal gjelde.',
      delayDeliveryUntil: 'Velg en dato etter i dag.',
      delayDays: 'Skriv et helt antall dager, minst 1.',
      confidentialityCode: 'Velg en grunn.',
      other: 'Tilgangsstyring (PTS) godtok ikke restriksjonen: {message}',
    },
    privacyHeading: 'Pasientens personvernsperringer',
    privacyNone: 'Pasienten har ingen personvernsperringer i PTS som gjelder prøvesvar.',
    privacyTypeLabels: {
      Block: 'Sperring (satt av pasienten)',
      Shield: 'Skjerming (satt av helsepersonell for pasienten)',
    },
    privacyLevelLabels: {
      Soft: 'Kan oppheves i en akuttsituasjon',
      Hard: 'Kan ikke oppheves, heller ikke i en akuttsituasjon',
    },
    privacyWho: 'Gjelder',
    privacyWhat: 'Omfatter',
    privacyWhen: 'Periode',
    privacyAllPersonnel: 'Alt helsepersonell',
    privacySpecified: 'Bestemt helsepersonell eller virksomheter',
    privacyAllResults: 'Alle prøvesvar',
    privacyAlways: 'Uten tidsbegrensning',
    privacyFrom: 'Fra {from}',
    privacyTo: 'Til {to}',
    privacyBetween: '{from}–{to}',
    notConfigured: 'Tilgangsstyring (PTS) er ikke koblet til i denne journalen.',
    ptsLoading: 'Henter restriksjoner fra tilgangsstyring (PTS) …',
    ptsErrorTitle: 'Restriksjonene kan ikke vises',
  },
  nn: {
    elevateOpen: 'Gi forhøgd tilgang …',
    elevateNotAllowed: 'Du har ikkje rett til å gi forhøgd tilgang i denne journalen.',
    elevateTitle: 'Forhøgd tilgang til prøvesvar',
    elevateIntro:
      'Pasienten har sperra prøvesvara sine for alt helsepersonell. Du kan berre opne dei når pasienten samtykkjer, eller i ein akuttsituasjon.',
    elevateBasis: 'Grunnlag',
    elevateConsent: 'Pasienten samtykkjer',
    elevateConsentHint: 'Pasienten har samtykt til at du ser dei sperra prøvesvara no.',
    elevateEmergency: 'Akuttsituasjon',
    elevateEmergencyHint: 'Opplysningane trengst for å gi helsehjelp som ikkje kan vente.',
    elevateReason: 'Grunngiving',
    elevateReasonHint: 'Skriv kort kvifor du treng prøvesvara. Grunngivinga blir logga.',
    elevateConfirm: 'Eg veit at tilgangen blir logga, og at pasienten ser han i innsynsloggen på Helsenorge.',
    elevateSubmit: 'Opne prøvesvara',
    cancel: 'Avbryt',
    errorSummary: 'Rett opp dette før du går vidare:',
    errorBasis: 'Vel grunnlaget for tilgangen.',
    errorReason: 'Skriv ei grunngiving på minst {min} teikn.',
    errorConfirm: 'Stadfest at du veit at tilgangen blir logga og vist for pasienten.',
    bannerText: 'Forhøgd tilgang ({basis}) er aktiv for denne pasienten frå kl. {time}.',
    bannerReason: 'Grunngiving: {reason}',
    bannerLogged: 'Tilgangen blir logga og vist for pasienten på Helsenorge.',
    bannerEnd: 'Avslutt forhøgd tilgang',
    bannerLabel: 'Forhøgd tilgang',
    basisLabels: { FORHOYET_SAMTYKKE: 'samtykke frå pasienten', FORHOYET_AKUTT: 'akuttsituasjon' },
    visibilityLabel: 'Pasienten ser svaret på Helsenorge',
    visibilityVisible: 'No',
    visibilityDelayed: 'Frå {date}',
    visibilityDelayedUnknown: 'Seinare (utsett innsyn)',
    visibilityWithheld: 'Aldri: blir halde tilbake',
    visibilityChecking: 'Sjekkar …',
    visibilityUnknown: 'Ukjend: tilgangsstyring (PTS) svarar ikkje',
    safetyHeading: 'Innsynet til pasienten',
    safetyNone: 'Ingen restriksjonar: pasienten ser dette på Helsenorge.',
    safetyCode: 'Kode',
    safetyEffect: 'Verknad',
    safetyCause: 'Oppretta av',
    safetyCreated: 'Oppretta',
    safetyDelayedUntil: 'Utsett til {date}',
    safetyWithheld: 'Blir halde tilbake',
    safetyDelayDays: 'Utsett i {days, plural, one {# dag} other {# dagar}}',
    safetyDaysShort: '{days, plural, one {# dag} other {# dagar}}',
    safetyPassed: 'gått ut',
    causeLabels: {
      Manual: 'Helsepersonell',
      Automated: 'Laboratoriet (automatisk)',
      Derived: 'Arva frå rekvisisjonen',
      Undefined: 'Ukjend',
    },
    codeLabels: {
      N: 'Normal',
      NORU: 'Utsett innsyn for innbyggjar',
      NORS: 'Sperra',
      NORN_FFL: 'Nekta, fare for liv',
      NORN_KUT: 'Nekta, klart utilrådeleg',
      NORN_EPO: 'Nekta, eige ønske',
      NORN_ALL: 'Nekta, alle',
      NORN_FOR: 'Nekta, forelda',
      NORN_FFH: 'Nekta, fare for helsepersonell',
      NORN_FPB: 'Nekta, forsvarleg pasientbehandling',
      NORN_DUP: 'Nekta, duplikat',
      NORN_ANG: 'Nekta, andre grunnar',
    },
    safetyFormHeading: 'Utset eller nekt innsynet til pasienten',
    safetyKind: 'Kva skal gjelde?',
    safetyKindUntil: 'Utset innsyn til ein dato',
    safetyKindDays: 'Utset innsyn eit tal dagar',
    safetyKindWithhold: 'Nekt innsyn',
    safetyUntilDate: 'Synleg for pasienten frå',
    safetyDays: 'Tal dagar',
    safetyWithholdReason: 'Grunn til å nekte innsyn',
    safetyChoose: 'Vel …',
    safetySubmit: 'Lagre',
    safetySaving: 'Lagrar …',
    safetySaved: 'Lagra. Innsynet til pasienten er oppdatert.',
    safetySaveFailed: 'Restriksjonen vart ikkje lagra.',
    fieldErrors: {
      kind: 'Vel kva som skal gjelde.',
      delayDeliveryUntil: 'Vel ein dato etter i dag.',
      delayDays: 'Skriv eit heilt tal dagar, minst 1.',
      confidentialityCode: 'Vel ein grunn.',
      other: 'Tilgangsstyring (PTS) godtok ikkje restriksjonen: {message}',
    },
    privacyHeading: 'Personvernsperringane til pasienten',
    privacyNone: 'Pasienten har ingen personvernsperringar i PTS som gjeld prøvesvar.',
    privacyTypeLabels: {
      Block: 'Sperring (sett av pasienten)',
      Shield: 'Skjerming (sett av helsepersonell for pasienten)',
    },
    privacyLevelLabels: {
      Soft: 'Kan opphevast i ein akuttsituasjon',
      Hard: 'Kan ikkje opphevast, heller ikkje i ein akuttsituasjon',
    },
    privacyWho: 'Gjeld',
    privacyWhat: 'Omfattar',
    privacyWhen: 'Periode',
    privacyAllPersonnel: 'Alt helsepersonell',
    privacySpecified: 'Bestemt helsepersonell eller verksemder',
    privacyAllResults: 'Alle prøvesvar',
    privacyAlways: 'Utan tidsavgrensing',
    privacyFrom: 'Frå {from}',
    privacyTo: 'Til {to}',
    privacyBetween: '{from}–{to}',
    notConfigured: 'Tilgangsstyring (PTS) er ikkje kopla til i denne journalen.',
    ptsLoading: 'Hentar restriksjonar frå tilgangsstyring (PTS) …',
    ptsErrorTitle: 'Restriksjonane kan ikkje visast',
  },
  en: {
    elevateOpen: 'Give elevated access …',
    elevateNotAllowed: 'You are not permitted to give elevated access in this record system.',
    elevateTitle: 'Elevated access to lab results',
    elevateIntro:
      'The patient has blocked their lab results for all health personnel. You may only open them with the patient’s consent, or in an emergency.',
    elevateBasis: 'Basis',
    elevateConsent: 'The patient consents',
    elevateConsentHint: 'The patient has consented to you seeing the blocked results now.',
    elevateEmergency: 'Emergency',
    elevateEmergencyHint: 'The information is needed for care that cannot wait.',
    elevateReason: 'Reason',
    elevateReasonHint: 'Say briefly why you need the results. The reason is logged.',
    elevateConfirm:
      'I understand that this access is logged and shown to the patient in the access log on Helsenorge.',
    elevateSubmit: 'Open the results',
    cancel: 'Cancel',
    errorSummary: 'Correct the following before you continue:',
    errorBasis: 'Choose the basis for access.',
    errorReason: 'Write a reason of at least {min} characters.',
    errorConfirm: 'Confirm that you understand that access is logged and shown to the patient.',
    bannerText: 'Elevated access ({basis}) is active for this patient since {time}.',
    bannerReason: 'Reason: {reason}',
    bannerLogged: 'Access is logged and shown to the patient on Helsenorge.',
    bannerEnd: 'End elevated access',
    bannerLabel: 'Elevated access',
    basisLabels: { FORHOYET_SAMTYKKE: 'patient’s consent', FORHOYET_AKUTT: 'emergency' },
    visibilityLabel: 'The patient sees this on Helsenorge',
    visibilityVisible: 'Now',
    visibilityDelayed: 'From {date}',
    visibilityDelayedUnknown: 'Later (access delayed)',
    visibilityWithheld: 'Never: withheld',
    visibilityChecking: 'Checking …',
    visibilityUnknown: 'Unknown: access control (PTS) is not responding',
    safetyHeading: 'Patient access',
    safetyNone: 'No restrictions: the patient sees this on Helsenorge.',
    safetyCode: 'Code',
    safetyEffect: 'Effect',
    safetyCause: 'Created by',
    safetyCreated: 'Created',
    safetyDelayedUntil: 'Delayed until {date}',
    safetyWithheld: 'Withheld',
    safetyDelayDays: 'Delayed {days, plural, one {# day} other {# days}}',
    safetyDaysShort: '{days, plural, one {# day} other {# days}}',
    safetyPassed: 'expired',
    causeLabels: {
      Manual: 'Health personnel',
      Automated: 'The lab (automatic)',
      Derived: 'Inherited from the requisition',
      Undefined: 'Unknown',
    },
    codeLabels: {
      N: 'Normal',
      NORU: 'Delayed citizen access',
      NORS: 'Blocked',
      NORN_FFL: 'Denied, danger to life',
      NORN_KUT: 'Denied, clearly inadvisable',
      NORN_EPO: 'Denied, own wish',
      NORN_ALL: 'Denied, all',
      NORN_FOR: 'Denied, outdated',
      NORN_FFH: 'Denied, danger to health personnel',
      NORN_FPB: 'Denied, sound patient care',
      NORN_DUP: 'Denied, duplicate',
      NORN_ANG: 'Denied, other reasons',
    },
    safetyFormHeading: 'Delay or deny the patient’s access',
    safetyKind: 'What should apply?',
    safetyKindUntil: 'Delay access until a date',
    safetyKindDays: 'Delay access by a number of days',
    safetyKindWithhold: 'Deny access',
    safetyUntilDate: 'Visible to the patient from',
    safetyDays: 'Number of days',
    safetyWithholdReason: 'Reason for denying access',
    safetyChoose: 'Choose …',
    safetySubmit: 'Save',
    safetySaving: 'Saving …',
    safetySaved: 'Saved. The patient’s access is updated.',
    safetySaveFailed: 'The restriction was not saved.',
    fieldErrors: {
      kind: 'Choose what should apply.',
      delayDeliveryUntil: 'Choose a date after today.',
      delayDays: 'Enter a whole number of days, at least 1.',
      confidentialityCode: 'Choose a reason.',
      other: 'Access control (PTS) did not accept the restriction: {message}',
    },
    privacyHeading: 'The patient’s privacy restrictions',
    privacyNone: 'The patient has no privacy restrictions in PTS that concern lab results.',
    privacyTypeLabels: {
      Block: 'Block (set by the patient)',
      Shield: 'Shield (set by health personnel for the patient)',
    },
    privacyLevelLabels: {
      Soft: 'Can be lifted in an emergency',
      Hard: 'Cannot be lifted, not even in an emergency',
    },
    privacyWho: 'Applies to',
    privacyWhat: 'Covers',
    privacyWhen: 'Period',
    privacyAllPersonnel: 'All health personnel',
    privacySpecified: 'Named health personnel or organisations',
    privacyAllResults: 'All lab results',
    privacyAlways: 'No time limit',
    privacyFrom: 'From {from}',
    privacyTo: 'Until {to}',
    privacyBetween: '{from}–{to}',
    notConfigured: 'Access control (PTS) is not connected in this record system.',
    ptsLoading: 'Loading restrictions from access control (PTS) …',
    ptsErrorTitle: 'The restrictions cannot be shown',
  },
};
