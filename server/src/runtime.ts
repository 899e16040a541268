// What the server needs from its host, passed in so that the server itself does no
// direct IO (a browser host could provide the same through the client).
export interface Runtime {
  /** Reads a UTF-8 file, or undefined when it does not exist or cannot be read. */
  readFile(path: string): Promise<string | undefined>;
  /**
   * What changes when a file is written (its modification time and size), or undefined
   * when it does not exist: how the server notices a config file edited in an editor that
   * sends no file events.
   */
  fileStamp(path: string): Promise<string | undefined>;
  /** Lists `*.dwnet.json` files under a folder (recursively, skipping node_modules and dot-folders). */
  findTopologies(folder: string): Promise<string[]>;
  setTimeout(callback: () => void, ms: number): { dispose(): void };
  /**
   * The bytes of a WebAssembly file shipped next to the server bundle (the HCL parser of
   * `dwnet/import`), or undefined when the host has none.
   */
  readBundledFile?(name: string): Promise<Uint8Array | undefined>;
}
