import type { Identity } from '../../../shared/identity/identity';
import type { SigningKey } from '../../../shared/authorship/keys';
import type { HostApi } from '../../../shared/host/host-api';
import type { SettingsStore } from '../../../shared/local-store/local-store';
import { parseJoinCode } from '../../../shared/sync/join-code';
import { encodeRelaySettings, parseRelaySettings, relaySettingsKey, type RelaySettings } from '../../../shared/sync/relay-settings';
import { RELAY_OFF, type RelayPhase, type RelayProblem } from '../../../shared/sync/relay-status';
import { parseSignalingAddress } from '../../../shared/sync/signaling-address';
import type { RuntimeSink } from './runtime-sink';
import type { WorkspaceSession } from './workspace-session';
import { openRelayLink, type RelayLink, type RelayLinkOptions } from './relay/relay-link';

export interface RelaySessionDeps {
  readonly workspace: Pick<WorkspaceSession, 'doc' | 'mergeRemote'>;
  readonly identity: Identity;
  /** This laptop's signing key (authorship/): the relay's token proves it, as a LAN hello does. */
  readonly key: SigningKey;
  /** Where the chosen relay is remembered, per workspace, so a reload or a restart connects again. */
  readonly settings: Pick<SettingsStore, 'get' | 'put'>;
  readonly workspaceId: string;
  readonly host: Pick<HostApi, 'allowSessionServer'>;
  readonly sink: Pick<RuntimeSink, 'setRelayStatus'>;
  /** The page must reload to take a new address into its security policy (the shell does it). */
  readonly reloadForSessionServer: () => void;
  /** The link itself; tests hand in one with a Node WebSocket. */
  readonly openLink?: (options: RelayLinkOptions) => RelayLink;
}

/**
 * The relay a workspace syncs through, beside its LAN session (lan-session.ts) and independent of
 * it: a laptop may be in a room's session, linked to its delegation's relay, both or neither. The
 * runtime makes one, `attach`es it once the workspace is open and `detach`es it before closing.
 *
 * The user types the relay's address and the relay's join code (what its operator started it with,
 * TANDEM_RELAY_JOIN_CODE: the same format as a LAN session's code, and not the same code, since a
 * session's code is new at each hosting while a relay's lasts). Both are saved per workspace before
 * anything else: connecting to an address the page's security policy does not list yet takes a
 * reload (the host's session-servers list, as for a LAN session), after which `attach` connects.
 */
export class RelaySession {
  private link: RelayLink | null = null;
  private current: RelaySettings | null = null;
  /** Bumped by every connect, disconnect and detach: a connect that finds it changed after an await was overtaken. */
  private generation = 0;
  private detached = false;

  constructor(private readonly deps: RelaySessionDeps) {}

  /** Connects to the relay this workspace is linked to, if any. */
  async attach(): Promise<void> {
    const saved = await this.saved();
    if (!saved?.linked || this.detached) return;
    await this.start(saved);
  }

  detach(): void {
    this.detached = true;
    this.generation++;
    this.stopLink();
    this.deps.sink.setRelayStatus(RELAY_OFF);
  }

  /** The relay remembered for this workspace, linked or last disconnected (to fill the form), or null. */
  async saved(): Promise<RelaySettings | null> {
    return parseRelaySettings(await this.deps.settings.get(relaySettingsKey(this.deps.workspaceId)).catch(() => null));
  }

  /** Links this workspace to the relay at `addressInput` with its join code. Returns an error message or null. */
  async connect(addressInput: string, codeInput: string): Promise<string | null> {
    const url = parseSignalingAddress(addressInput);
    if (!url.ok) return url.reason;
    const code = parseJoinCode(codeInput);
    if (!code.ok) return code.reason;
    return this.start({ url: url.url, code: code.code, linked: true });
  }

  /**
   * Unlinks the relay: nothing more goes to it or comes from it, and a reload or a restart does not
   * connect again. Its address and code stay, not linked, to fill the form.
   */
  async disconnect(): Promise<void> {
    this.generation++;
    const last = this.current ?? (await this.saved());
    this.current = null;
    this.stopLink();
    this.deps.sink.setRelayStatus(RELAY_OFF);
    if (last) await this.deps.settings.put(relaySettingsKey(this.deps.workspaceId), encodeRelaySettings({ ...last, linked: false })).catch(() => undefined);
  }

  private async start(settings: RelaySettings): Promise<string | null> {
    if (this.detached) return 'The workspace is not open yet.';
    const run = ++this.generation;
    const overtaken = () => run !== this.generation;
    const { sink, host } = this.deps;
    try {
      const { reloadNeeded } = await host.allowSessionServer(settings.url);
      if (overtaken()) return null;
      this.current = settings;
      await this.deps.settings.put(relaySettingsKey(this.deps.workspaceId), encodeRelaySettings(settings));
      if (overtaken()) {
        // A Disconnect during the save: its write may have landed first, so unlink again.
        if (this.current === null) await this.deps.settings.put(relaySettingsKey(this.deps.workspaceId), encodeRelaySettings({ ...settings, linked: false })).catch(() => undefined);
        return null;
      }
      if (reloadNeeded) {
        this.deps.reloadForSessionServer();
        return null;
      }
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    this.stopLink();
    let phase: RelayPhase = 'connecting';
    let problem: RelayProblem | null = null;
    // A link already replaced or closed says nothing more.
    const publish = () => {
      if (!overtaken()) sink.setRelayStatus({ phase, url: settings.url, problem });
    };
    publish();
    const open = this.deps.openLink ?? openRelayLink;
    this.link = open({
      url: settings.url,
      code: settings.code,
      doc: this.deps.workspace.doc,
      merge: (update, origin) => this.deps.workspace.mergeRemote(update, origin),
      key: this.deps.key,
      identity: this.deps.identity,
      onPhase: (next) => {
        phase = next;
        // Served again after a refusal (the relay restarted with this code): the refusal is over.
        if (problem?.kind === 'refused' && (next === 'synced' || next === 'syncing')) problem = null;
        publish();
      },
      onProblem: (next) => {
        problem = next;
        publish();
      },
    });
    return null;
  }

  private stopLink(): void {
    this.link?.close();
    this.link = null;
  }
}
