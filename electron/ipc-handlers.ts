import type { IpcMain, IpcMainInvokeEvent, PrintToPDFOptions, WebContents } from 'electron';
import { HOST_CHANNELS, type OpenFileOptions } from '../shared/host/host-api';
import type { FileDialogs } from './file-dialogs';
import type { HostServices } from './host/host-services';
import { isAppUrl } from './navigation-guards';

/**
 * The main-process side of the bridge. Two rules, both from VS Code's `validateIPC`:
 * - only our own pages may call: the sender frame must still be on app://tandem/ (a frame that
 *   somehow reached another origin gets nothing);
 * - arguments are untrusted input: checked for type and size before any service sees them.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */

/** Export names are sanitised by the host anyway; this only refuses absurd input early. */
const MAX_NAME_LENGTH = 1024;

export class IpcRejection extends Error {
  override readonly name = 'IpcRejection';
}

export function assertTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, channel: string): void {
  const url = event.senderFrame?.url;
  if (url === undefined || !isAppUrl(url)) {
    throw new IpcRejection(`${channel}: refused a call from ${url === undefined ? 'a destroyed frame' : `"${url}"`}; only app://tandem/ may call the host.`);
  }
}

function expectArgCount(channel: string, args: readonly unknown[], count: number): void {
  if (args.length !== count) {
    throw new IpcRejection(`${channel}: expected ${count} argument(s), got ${args.length}.`);
  }
}

export function validateExportArgs(args: readonly unknown[], channel: string = HOST_CHANNELS.exportFile): [string, Uint8Array] {
  expectArgCount(channel, args, 2);
  const [name, bytes] = args;
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH) {
    throw new IpcRejection(`${channel}: suggestedName must be a string of at most ${MAX_NAME_LENGTH} characters.`);
  }
  if (!(bytes instanceof Uint8Array)) {
    throw new IpcRejection(`${channel}: bytes must be a Uint8Array.`);
  }
  return [name, bytes];
}

/** Hosting arguments: an address string and a port number, nothing else. */
export function validateHostingArgs(args: readonly unknown[]): [string, number] {
  const channel = HOST_CHANNELS.startHosting;
  expectArgCount(channel, args, 2);
  const [address, port] = args;
  if (typeof address !== 'string' || address.length > 64) throw new IpcRejection(`${channel}: address must be a string of at most 64 characters.`);
  if (typeof port !== 'number' || !Number.isInteger(port)) throw new IpcRejection(`${channel}: port must be an integer.`);
  return [address, port];
}

export function validateUrlArg(channel: string, args: readonly unknown[]): string {
  expectArgCount(channel, args, 1);
  const [url] = args;
  if (typeof url !== 'string' || url.length > 300) throw new IpcRejection(`${channel}: url must be a string of at most 300 characters.`);
  return url;
}

/** The most a renderer may ask the host to read from a file the user chose. */
export const MAX_OPEN_BYTES = 256 * 1024 * 1024;
const EXTENSION = /^[A-Za-z0-9]{1,16}$/;

export function validateOpenArgs(args: readonly unknown[]): OpenFileOptions {
  const channel = HOST_CHANNELS.openFileDialog;
  expectArgCount(channel, args, 1);
  const options = args[0] as Partial<Record<keyof OpenFileOptions, unknown>> | null;
  if (typeof options !== 'object' || options === null) throw new IpcRejection(`${channel}: options must be an object.`);
  const { filterName, extensions, maxBytes } = options;
  if (typeof filterName !== 'string' || filterName.length > 100) {
    throw new IpcRejection(`${channel}: filterName must be a string of at most 100 characters.`);
  }
  if (!Array.isArray(extensions) || extensions.length < 1 || extensions.length > 10 || !extensions.every((e) => typeof e === 'string' && EXTENSION.test(e))) {
    throw new IpcRejection(`${channel}: extensions must be 1 to 10 letters-and-digits extensions without the dot.`);
  }
  if (typeof maxBytes !== 'number' || !Number.isInteger(maxBytes) || maxBytes < 1 || maxBytes > MAX_OPEN_BYTES) {
    throw new IpcRejection(`${channel}: maxBytes must be a whole number from 1 to ${MAX_OPEN_BYTES}.`);
  }
  return { filterName, extensions: [...(extensions as string[])], maxBytes };
}

export function validatePrintArgs(args: readonly unknown[]): [string] {
  const channel = HOST_CHANNELS.printToPdf;
  expectArgCount(channel, args, 1);
  const [name] = args;
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH) {
    throw new IpcRejection(`${channel}: suggestedName must be a string of at most ${MAX_NAME_LENGTH} characters.`);
  }
  return [name];
}

/**
 * How records are printed: page size, orientation and margins come from the page's own @page rule
 * (the print layout sets A4 landscape), backgrounds print (tier headings are shaded), and the PDF
 * is tagged with an outline from the headings, so screen readers and the reader's sidebar can
 * navigate it.
 */
export const RECORD_PDF_OPTIONS = {
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const satisfies PrintToPDFOptions;

/** Prints the sender's own page (never another window's) and saves it like any other export. */
async function printSenderToPdf(sender: Pick<WebContents, 'printToPDF'>, name: string, services: HostServices) {
  const pdf = await sender.printToPDF(RECORD_PDF_OPTIONS);
  return services.exportFile(name, new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength));
}

/** Registers one handler per bridge method; the channel names are fixed in HOST_CHANNELS. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, services: HostServices, dialogs: FileDialogs): void {
  ipcMain.handle(HOST_CHANNELS.info, (event, ...args: unknown[]) => {
    assertTrustedSender(event, HOST_CHANNELS.info);
    expectArgCount(HOST_CHANNELS.info, args, 0);
    return services.info();
  });
  ipcMain.handle(HOST_CHANNELS.exportFile, (event, ...args: unknown[]) => {
    assertTrustedSender(event, HOST_CHANNELS.exportFile);
    const [name, bytes] = validateExportArgs(args);
    return services.exportFile(name, bytes);
  });
  const noArgs = (channel: string, run: () => Promise<unknown>) =>
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      assertTrustedSender(event, channel);
      expectArgCount(channel, args, 0);
      return run();
    });
  noArgs(HOST_CHANNELS.lanAddresses, () => services.lanAddresses());
  noArgs(HOST_CHANNELS.stopHosting, () => services.stopHosting());
  noArgs(HOST_CHANNELS.hostingInfo, () => services.hostingInfo());
  ipcMain.handle(HOST_CHANNELS.startHosting, (event, ...args: unknown[]) => {
    assertTrustedSender(event, HOST_CHANNELS.startHosting);
    return services.startHosting(...validateHostingArgs(args));
  });
  ipcMain.handle(HOST_CHANNELS.allowSessionServer, (event, ...args: unknown[]) => {
    assertTrustedSender(event, HOST_CHANNELS.allowSessionServer);
    return services.allowSessionServer(validateUrlArg(HOST_CHANNELS.allowSessionServer, args));
  });
  ipcMain.handle(HOST_CHANNELS.saveFileDialog, (event, ...args: unknown[]) => {
    assertTrustedSender(event, HOST_CHANNELS.saveFileDialog);
    const [name, bytes] = validateExportArgs(args, HOST_CHANNELS.saveFileDialog);
    return dialogs.save(event, name, bytes);
  });
  ipcMain.handle(HOST_CHANNELS.openFileDialog, (event, ...args: unknown[]) => {
    assertTrustedSender(event, HOST_CHANNELS.openFileDialog);
    return dialogs.open(event, validateOpenArgs(args));
  });
  ipcMain.handle(HOST_CHANNELS.printToPdf, (event, ...args: unknown[]) => {
    assertTrustedSender(event, HOST_CHANNELS.printToPdf);
    const [name] = validatePrintArgs(args);
    return printSenderToPdf(event.sender, name, services);
  });
}
