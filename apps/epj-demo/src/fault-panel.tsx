import { fill } from '@pps-kit/react';
import { useId, useState } from 'react';
import { activeFaults, FAULT_PRESETS, type FaultPreset, type Service } from './faults';
import type { DemoMessages } from './messages';

const SERVICES: readonly Service[] = ['pps', 'pts', 'parek'];

/** Injects latency and errors into the mock services, then asks the views to fetch again. */
export function FaultPanel({ t, onApply }: { t: DemoMessages; onApply: () => void }) {
  const id = useId();
  const [choice, setChoice] = useState<Record<Service, FaultPreset>>({ ...activeFaults });
  const [applied, setApplied] = useState<string | undefined>();

  const apply = () => {
    Object.assign(activeFaults, choice);
    const summary = SERVICES.map((s) => `${t.services[s]}: ${t.faultNames[choice[s]]}`).join(', ');
    setApplied(summary);
    onApply();
  };

  return (
    <section className="epj-faults" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.faultsTitle}</h2>
      <p>{t.faultsIntro}</p>
      <div className="epj-fault-fields">
        {SERVICES.map((service) => (
          <label key={service} className="epj-field">
            {t.services[service]}
            <select
              value={choice[service]}
              onChange={(event) => setChoice({ ...choice, [service]: event.target.value as FaultPreset })}
            >
              {(Object.keys(FAULT_PRESETS) as FaultPreset[]).map((preset) => (
                <option key={preset} value={preset}>
                  {t.faultNames[preset]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button type="button" onClick={apply}>
        {t.faultsApply}
      </button>
      <p role="status">{applied ? fill(t.faultsApplied, { summary: applied }) : ''}</p>
    </section>
  );
}
