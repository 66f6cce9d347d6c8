/**
 * Action pins: every `uses:` in a generated workflow names a full commit SHA, with the tag it
 * is in a comment. A tag or branch can be moved to other code after review (GitHub's security
 * hardening guide: "Pin actions to a full length commit SHA"); a SHA cannot. Pure.
 */
import type { ActionPin } from '../config/workflow-section.js';
import { InputError } from '../errors.js';

export type { ActionPin };

/** This project's action: it has no tag we could know of, so its pin always comes from the user. */
export const OUR_ACTION = 'honua/parallel-tests';

/**
 * GitHub's own actions at tags whose SHAs we checked against public workflows that pin them
 * with the tag in a comment (several independent repositories agreeing on each):
 * - checkout v6.0.0, setup-python v6.1.0: pypa/packaging .github/workflows/test.yml
 *   (commit 023fb7f9942ea3294154bae761a9f2152aa90aac);
 * - upload-artifact v6.0.0, download-artifact v7.0.0: pypa/packaging
 *   .github/workflows/publish.yml (commit 0b8dc6871f63c14b8ab88053932f2173bcc7653d);
 * - setup-dotnet v5.0.0, setup-node v6.0.0: the same SHA with that tag in the pin comments of
 *   several unrelated public workflows.
 * A config's `workflow.pins` or `generate --pin` overrides any of them (e.g. to move on to a
 * newer release); actions not listed here (setup-go, ours) must be pinned by the user.
 */
export const KNOWN_PINS: Readonly<Record<string, ActionPin>> = {
  'actions/checkout': { sha: '1af3b93b6815bc44a9784bd300feb67ff0d1eeb3', version: 'v6.0.0' },
  'actions/setup-python': { sha: '83679a892e2d95755f2dac6acb0bfd1e9ac5d548', version: 'v6.1.0' },
  'actions/upload-artifact': { sha: 'b7c566a772e6b6bfb58ed0dc250532a479d7789f', version: 'v6.0.0' },
  'actions/download-artifact': { sha: '37930b1c2abaa49bbe596cd826c3c89aef350131', version: 'v7.0.0' },
  'actions/setup-dotnet': { sha: 'd4c94342e560b34958eacfc5d055d21461ed1c5d', version: 'v5.0.0' },
  'actions/setup-node': { sha: '2028fbc5c25fe9cf00d9f06a71cc4710d4507903', version: 'v6.0.0' },
};

const PIN_FLAG =
  /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*)@([0-9a-f]{40})\s*#\s*([A-Za-z0-9][A-Za-z0-9._+-]{0,63})$/;

/** `owner/repo@<40 hex> # v1.2.3`, exactly as the pin reads in the workflow. */
export function parsePinFlag(text: string): { action: string; pin: ActionPin } {
  const m = PIN_FLAG.exec(text.trim());
  if (!m) {
    throw new InputError(
      `--pin "${text}": expected OWNER/REPO@<full 40-hex commit SHA> # VERSION, e.g. "honua/parallel-tests@${'0'.repeat(40)} # v1.0.0"`,
    );
  }
  return { action: m[1]!, pin: { sha: m[2]!, version: m[3]! } };
}

/** What a generated workflow asked for and could not be given. */
export interface MissingPin {
  action: string;
  /** Why the workflow uses it, for the message. */
  usedFor: string;
}

/**
 * Looks pins up: flags first, then the config, then the table above. Collects what is missing
 * so that one error names all of it.
 */
export class PinBook {
  private readonly missing = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(
    private readonly sources: { flags: Record<string, ActionPin>; config: Record<string, ActionPin> },
  ) {}

  /** `action@sha`, and the version for its comment; a placeholder while anything is missing. */
  use(action: string, usedFor: string): { uses: string; version: string } {
    this.used.add(action);
    const pin = this.sources.flags[action] ?? this.sources.config[action] ?? KNOWN_PINS[action];
    if (!pin) {
      if (!this.missing.has(action)) this.missing.set(action, usedFor);
      return { uses: `${action}@MISSING`, version: 'missing' };
    }
    return { uses: `${action}@${pin.sha}`, version: pin.version };
  }

  /** Actions the workflow uses, sorted. */
  usedActions(): string[] {
    return [...this.used].sort();
  }

  /** Throws one InputError naming every missing pin and both ways to give it. */
  check(configFile: string): void {
    if (this.missing.size === 0) return;
    const list = [...this.missing].map(([action, usedFor]) => `  ${action} (${usedFor})`).join('\n');
    const example = [...this.missing.keys()][0]!;
    throw new InputError(
      `${configFile}: the workflow needs these actions pinned to a full commit SHA, and no pin was given:\n${list}\n` +
        `Add each under workflow.pins in the config, e.g.\n` +
        `  workflow:\n    pins:\n      ${example}: { sha: <40 hex digits>, version: v1.2.3 }\n` +
        `or pass --pin '${example}@<40 hex digits> # v1.2.3'. A tag or branch is never used: it can move.`,
    );
  }
}
