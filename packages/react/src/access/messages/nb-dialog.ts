import type { ElevatedAccessDialogMessages } from './types';

/**
 * The elevated-access dialog texts in bokmål, in a module of their own: they travel with the
 * dialog's form, which is fetched on demand.
 */
export const nbDialog: ElevatedAccessDialogMessages = {
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
};
