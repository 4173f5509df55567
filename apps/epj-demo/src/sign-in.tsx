import { useState } from 'react';
import { CLINICIANS, type Clinician } from './clinicians';
import type { DemoMessages } from './messages';

/** Choose a synthetic clinician; the attestation panel shows what that context produces. */
export function SignIn({ t, onSignIn }: { t: DemoMessages; onSignIn: (c: Clinician) => void }) {
  const [choice, setChoice] = useState<string>(CLINICIANS[0]?.id ?? '');
  return (
    <main className="epj-signin">
      <h1>{t.signInTitle}</h1>
      <p>{t.signInIntro}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const clinician = CLINICIANS.find((c) => c.id === choice);
          if (clinician) onSignIn(clinician);
        }}
      >
        <fieldset>
          <legend>{t.signInAs}</legend>
          {CLINICIANS.map((c) => (
            <label key={c.id} className="epj-clinician">
              <input
                type="radio"
                name="clinician"
                value={c.id}
                checked={choice === c.id}
                onChange={() => setChoice(c.id)}
              />
              <span>
                <strong>{c.name}</strong>, {t.roleLabels[c.role] ?? c.role} · HPR {c.hpr}
                <br />
                {c.department.name}, {c.organisation.name}
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit">{t.signIn}</button>
      </form>
    </main>
  );
}
