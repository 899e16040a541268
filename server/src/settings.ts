// Settings per resource (SPEC §5): `dwnet.enable`, `dwnet.rules`, `dwnet.maxFileSize`,
// `dwnet.maxFindingsPerFile`, merged over the workspace's dwnet.config.json. Cached by URI;
// dropped when the client says they changed. A config file is read again when the client
// reports a change, or when its modification time changes (for clients that watch no files).
import type { Connection } from 'vscode-languageserver';
import { URI, Utils } from 'vscode-uri';
import {
  CONFIG_FILE,
  DEFAULT_MAX_FILE_SIZE_MB,
  DEFAULT_MAX_FINDINGS_PER_FILE,
  type Locale,
  parseConfig,
  readLimits,
  readRuleLevels,
  type ConfigFile,
  type ValidateOptions,
} from '../../core/src/index';
import type { Runtime } from './runtime';

/** Rule levels and limits, as the editor settings give them, and whether dwnet is on. */
export interface Settings extends ConfigFile {
  enable: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {} };
export { CONFIG_FILE };

const DEFAULT_LIMITS = {
  maxFileSize: DEFAULT_MAX_FILE_SIZE_MB,
  maxFindingsPerFile: DEFAULT_MAX_FINDINGS_PER_FILE,
} as const;

/** A config file as last read: its settings and the stamp of the file they came from. */
interface ConfigEntry {
  config: Promise<ConfigFile>;
  /** Modification time and size when read (undefined: no file); see `configFilesChanged`. */
  stamp: Promise<string | undefined>;
  file: string;
}

export class SettingsStore {
  private readonly settings = new Map<string, Promise<Settings>>();
  private readonly configs = new Map<string, ConfigEntry>();
  workspaceFolders: URI[] = [];
  supportsConfiguration = false;
  /** The editor's language (`initialize.locale`): messages, hovers and code lenses follow it. */
  locale: Locale = 'en';

  constructor(
    private readonly connection: Connection,
    private readonly runtime: Runtime,
  ) {}

  /**
   * The `dwnet` section a client pushed with workspace/didChangeConfiguration, for a client
   * that cannot be asked (Neovim 0.7, Vim's ALE): it applies to every document.
   */
  private pushed: Promise<Settings> | undefined;

  /** Takes the settings a client sends with workspace/didChangeConfiguration, if it sends them. */
  pushSettings(settings: unknown): void {
    const section = (settings as { dwnet?: unknown } | null | undefined)?.dwnet;
    if (!this.supportsConfiguration && typeof section === 'object' && section !== null)
      this.pushed = Promise.resolve(this.sanitizeSettings(section));
  }

  private sanitizeSettings(raw: unknown): Settings {
    const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const problems: string[] = [];
    // dwnet.config.json's checks and words (core/src/config.ts), for the same values.
    const rules = readRuleLevels(value['rules'] ?? undefined, problems);
    if (problems.length > 0) this.connection.console.warn(`dwnet.rules: ${problems.join('; ')}`);
    const settings: Settings = { enable: value['enable'] !== false, rules };
    const limitProblems: string[] = [];
    const limits = readLimits(value, limitProblems, 'dwnet.');
    for (const key of ['maxFileSize', 'maxFindingsPerFile'] as const) {
      // VS Code reports the default of a setting nobody changed, and that must not hide
      // the value of dwnet.config.json: the default counts as not set.
      const limit = limits[key];
      if (limit !== undefined && limit !== DEFAULT_LIMITS[key]) settings[key] = limit;
    }
    if (limitProblems.length > 0)
      this.connection.console.warn(`${limitProblems.join('; ')}; the default applies`);
    return settings;
  }

  private settingsFor(uri: string): Promise<Settings> {
    if (!this.supportsConfiguration) return this.pushed ?? Promise.resolve(DEFAULT_SETTINGS);
    let pending = this.settings.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'dwnet' })
        .then((raw: unknown) => this.sanitizeSettings(raw))
        .catch(() => DEFAULT_SETTINGS);
      this.settings.set(uri, pending);
    }
    return pending;
  }

  /** The folder whose dwnet.config.json applies: the innermost workspace folder holding the file. */
  private folderOf(uri: string): URI | undefined {
    const path = URI.parse(uri).path;
    return this.workspaceFolders
      .filter((folder) =>
        path.startsWith(folder.path.endsWith('/') ? folder.path : `${folder.path}/`),
      )
      .sort((a, b) => b.path.length - a.path.length)[0];
  }

  private configFor(uri: string): Promise<ConfigFile> {
    const folder = this.folderOf(uri);
    if (!folder || folder.scheme !== 'file') return Promise.resolve({ rules: {} });
    const key = folder.toString();
    let entry = this.configs.get(key);
    if (!entry) {
      const file = Utils.joinPath(folder, CONFIG_FILE).fsPath;
      // Stamped before reading: a write in between shows as a change at the next look.
      const stamp = this.runtime.fileStamp(file);
      entry = { file, stamp, config: stamp.then(() => this.readConfig(file)) };
      this.configs.set(key, entry);
    }
    return entry.config;
  }

  private async readConfig(file: string): Promise<ConfigFile> {
    const text = await this.runtime.readFile(file);
    if (text === undefined) return { rules: {} };
    // The CLI refuses a config with problems; an editor cannot, so what is valid applies.
    const { config, problems } = parseConfig(text);
    if (problems.length > 0) this.connection.console.warn(`${file}: ${problems.join('; ')}`);
    return config;
  }

  /**
   * For editors that do not watch files for the server (Neovim 0.7–0.10 on Linux, Vim's
   * ALE): forgets every config file read whose modification time or size has
   * changed since, or that appeared or disappeared. True when one did.
   */
  async configFilesChanged(): Promise<boolean> {
    let changed = false;
    for (const [key, entry] of [...this.configs]) {
      const [before, now] = await Promise.all([entry.stamp, this.runtime.fileStamp(entry.file)]);
      if (before === now || this.configs.get(key) !== entry) continue;
      this.configs.delete(key);
      changed = true;
    }
    return changed;
  }

  async enabled(uri: string): Promise<boolean> {
    return (await this.settingsFor(uri)).enable;
  }

  /** Built-in defaults < dwnet.config.json < editor settings. */
  async optionsFor(uri: string): Promise<ValidateOptions> {
    const [config, settings] = await Promise.all([this.configFor(uri), this.settingsFor(uri)]);
    const options: ValidateOptions = {
      rules: { ...config.rules, ...settings.rules },
      locale: this.locale,
    };
    for (const key of ['maxFileSize', 'maxFindingsPerFile'] as const) {
      const value = settings[key] ?? config[key];
      if (value !== undefined) options[key] = value;
    }
    return options;
  }

  clearSettings(): void {
    this.settings.clear();
  }

  clearConfigFiles(): void {
    this.configs.clear();
  }
}
