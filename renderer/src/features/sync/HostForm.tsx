import { useEffect, useState, type FormEvent } from 'react';
import { useRuntime } from '../../ui/runtime-context';
import type { LanAddress } from '../../../../shared/host/host-api';

export const DEFAULT_SESSION_PORT = 4444;

/** Host a session: pick one of this laptop's addresses and a port; the server starts here. */
export function HostForm() {
  const { lan, host } = useRuntime();
  const [addresses, setAddresses] = useState<readonly LanAddress[] | null>(null);
  const [address, setAddress] = useState('');
  const [port, setPort] = useState(String(DEFAULT_SESSION_PORT));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    host
      .lanAddresses()
      .then((list) => {
        setAddresses(list);
        setAddress((chosen) => chosen || (list.find((entry) => !entry.internal) ?? list[0])?.address || '');
      })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, [host]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = Number(port);
    if (!/^\d+$/.test(port.trim()) || number < 1 || number > 65535) {
      setError(`"${port}" is not a port: use a number from 1 to 65535.`);
      return;
    }
    setBusy(true);
    setError(await lan.host(address, number));
    setBusy(false);
  };
  return (
    <form className="session-form" onSubmit={(event) => void submit(event)} aria-labelledby="host-heading">
      <h3 id="host-heading">Host a session</h3>
      <p className="note">This laptop runs the session server. Others in the room join with its address and the join code.</p>
      <label>
        Network address
        <select value={address} onChange={(event) => setAddress(event.target.value)} disabled={!addresses}>
          {(addresses ?? []).map((entry) => (
            <option key={`${entry.name}-${entry.address}`} value={entry.address}>
              {entry.address} ({entry.name}{entry.internal ? ', this laptop only' : ''})
            </option>
          ))}
        </select>
      </label>
      <label>
        Port
        <input inputMode="numeric" value={port} onChange={(event) => setPort(event.target.value)} dir="auto" />
      </label>
      <button type="submit" disabled={busy || !address}>Host session</button>
      {error && <p className="form-error" role="alert">{error}</p>}
    </form>
  );
}
