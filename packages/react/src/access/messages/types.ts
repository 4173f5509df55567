/** Texts of the access notice, the elevated-access banner and the patient's visibility on Helsenorge. */
export interface AccessNoticeMessages {
  // Elevated access
  elevateOpen: string;
  elevateNotAllowed: string;
  /** The elevated-access form's code is on its way (it comes on demand). */
  elevateLoading: string;
  /** The elevated-access form could not be loaded (its code comes on demand). */
  elevateUnavailable: string;
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
}

/** Texts of the elevated-access dialog. */
export interface ElevatedAccessDialogMessages {
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
}

/** Texts of the patient-safety and privacy restriction views (PTS). */
export interface AccessRestrictionsMessages {
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

/** Texts of the access-restriction views: elevated access, PTS restrictions, visibility. */
export interface AccessMessages
  extends AccessNoticeMessages,
    ElevatedAccessDialogMessages,
    AccessRestrictionsMessages {}
